using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Parallelism;
using InfluenceSim.Randomness;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.SimSoM;

namespace InfluenceSim.Classic;

/// <summary>
/// A scenario whose "model" is a classic one, compiled for running: the network over all segments' nodes (segments
/// as blocks), the model (a plug-in of <see cref="ClassicModels"/>, or SimSoM) and its parameters. Each replicate
/// builds its own graph and draws its own seeds from the replicate's seed; its process counts its nodes' states per
/// segment as they change.
/// </summary>
public sealed class ClassicSimulation : ISimulation
{
    private readonly IClassicModel? _model;
    private readonly ClassicSpec _parameters;
    private readonly SimSoMSetup? _simsom;
    private readonly long _seed;
    private readonly int[] _segmentStarts;
    private readonly int[] _segmentOfNode;
    private readonly NetworkParameters? _network;
    private readonly EdgeListData? _edgeList;

    public ClassicSimulation(LoadedScenario loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var scenario = loaded.Scenario;
        if (!ScenarioModels.IsClassic(scenario.Model)) throw new ArgumentException("not a classic-model scenario", nameof(loaded));
        _model = scenario.Model == ScenarioModels.SimSoM ? null : ClassicModels.Named(scenario.Model);
        _parameters = scenario.Classic;
        _seed = scenario.Seed;
        Steps = scenario.Steps;
        Replicates = scenario.Replicates;
        StepHours = scenario.StepHours;
        var segmentIds = scenario.Segments.Select(s => s.Id).ToArray();
        _segmentStarts = new int[segmentIds.Length + 1];
        for (var s = 0; s < segmentIds.Length; s++) _segmentStarts[s + 1] = checked(_segmentStarts[s] + scenario.Segments[s].Size);
        _segmentOfNode = new int[Nodes];
        for (var s = 0; s < segmentIds.Length; s++) Array.Fill(_segmentOfNode, s, _segmentStarts[s], _segmentStarts[s + 1] - _segmentStarts[s]);
        if (_model is null) _simsom = new SimSoMSetup(scenario.SimSoM ?? new SimSoMSpec(), scenario.Segments, _segmentOfNode, Steps);
        if (scenario.Network.Model == NetworkModels.EdgeList) _edgeList = loaded.EdgeLists[scenario.Network.Path!];
        else _network = scenario.Network.ToParameters();
        Layout = new RunLayout(scenario.Model, ClassicModels.MetricsOf(scenario.Model), [], segmentIds, scenario.Segments.Select(s => (long)s.Size).ToArray(), [], [], moderation: false);
    }

    public RunLayout Layout { get; }

    public int Steps { get; }

    public int Replicates { get; }

    public double StepHours { get; }

    public int Nodes => _segmentStarts[^1];

    public ulong ReplicateSeed(int replicate) => SeedStreams.Replicate(_seed, replicate);

    /// <summary>Per node its state, lists and counts (opinion models also keep the network reversed); the network and its build buffers.</summary>
    public IReadOnlyList<MemoryPart> ReplicateMemory()
    {
        long nodes = Nodes;
        var edges = _edgeList?.Count ?? nodes * _network!.AvgFollows;
        var (kept, building) = _network is { Model: NetworkModels.ErdosRenyi or NetworkModels.Sbm }
            ? StochasticBlockGraph.MemoryOf(nodes, edges)
            : EdgeBuffer.MemoryOf(nodes, edges);
        if (_model is null) return _simsom!.Memory(edges, kept + building);
        return
        [
            new MemoryPart("nodes", nodes * (_model.BytesPerNode + sizeof(int)) + (_model.ListensToInNeighbours ? kept : 0)),
            new MemoryPart("follow network", kept + building),
        ];
    }

    public IReplicate Build(int replicate, Workers workers = default)
    {
        var seed = ReplicateSeed(replicate);
        var graph = BuildGraph(seed, workers);
        var random = SeedStreams.For(seed, SeedStreams.Dynamics);
        var counters = new MetricCounters(Layout);
        if (_model is null) return _simsom!.Build(graph, seed, random, counters);
        var process = _model.Build(new ClassicSetup(graph, _parameters, random, new NodeCounting(_segmentOfNode, Layout.Segments.Count, counters)));
        return new ClassicReplicate(counters, graph, process.Step, process.StateOf);
    }

    /// <summary>The network over all nodes: generated with the segments as blocks, or the edge list (followed to follower).</summary>
    private CsrGraph BuildGraph(ulong seed, Workers workers)
    {
        if (_network is not null) return NetworkGenerator.Build(_network, _segmentStarts, Layout.Segments, SimRandom.DeriveSeed(seed, SeedStreams.Network, 0), workers);
        var edges = new EdgeBuffer(_edgeList!.Count);
        for (var e = 0; e < _edgeList.Count; e++) edges.Add(_edgeList.Followed[e], _edgeList.Followers[e]);
        return edges.Build(Nodes);
    }
}
