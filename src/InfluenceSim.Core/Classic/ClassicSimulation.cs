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
/// as blocks), the model and its parameters. Each replicate builds its own graph and draws its own seeds from the
/// replicate's seed; its process counts its nodes' states per segment as they change.
/// </summary>
public sealed class ClassicSimulation : ISimulation
{
    private readonly string _model;
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
        _model = scenario.Model;
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
        if (_model == ScenarioModels.SimSoM) _simsom = new SimSoMSetup(scenario.SimSoM ?? new SimSoMSpec(), scenario.Segments, _segmentOfNode, Steps);
        if (scenario.Network.Model == NetworkModels.EdgeList) _edgeList = loaded.EdgeLists[scenario.Network.Path!];
        else _network = scenario.Network.ToParameters();
        Layout = new RunLayout(_model, [], segmentIds, scenario.Segments.Select(s => (long)s.Size).ToArray(), [], [], moderation: false);
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
        if (_simsom is not null) return _simsom.Memory(edges, kept + building);
        var opinions = _model is ScenarioModels.Voter or ScenarioModels.Deffuant or ScenarioModels.HegselmannKrause;
        return
        [
            new MemoryPart("nodes", nodes * BytesPerNode + (opinions ? kept : 0)),
            new MemoryPart("follow network", kept + building),
        ];
    }

    /// <summary>The most any classic process keeps per node (linear threshold: threshold, in-degree, active neighbours, frontier).</summary>
    private const int BytesPerNode = 40;

    public IReplicate Build(int replicate, Workers workers = default)
    {
        var seed = ReplicateSeed(replicate);
        var graph = BuildGraph(seed, workers);
        var random = SeedStreams.For(seed, SeedStreams.Dynamics);
        var counters = new MetricCounters(Layout);
        var counting = new NodeCounting(_segmentOfNode, Layout.Segments.Count, counters);
        switch (_model)
        {
            case ScenarioModels.SI or ScenarioModels.SIS or ScenarioModels.SIR:
                var model = _model == ScenarioModels.SI ? EpidemicModel.SI : _model == ScenarioModels.SIS ? EpidemicModel.SIS : EpidemicModel.SIR;
                var epidemic = new EpidemicProcess(graph, model, _parameters.Transmission, _parameters.Recovery, ChooseSeeds(graph, random), random, counting);
                return new ClassicReplicate(counters, graph, epidemic.Step, node => epidemic.StateOf(node));
            case ScenarioModels.IndependentCascade:
                var cascade = new IndependentCascade(graph, _parameters.Activation, ChooseSeeds(graph, random), random, counting);
                return new ClassicReplicate(counters, graph, cascade.Round, node => cascade.IsActive(node) ? 1 : 0);
            case ScenarioModels.LinearThreshold:
                var thresholds = new double[Nodes];
                for (var node = 0; node < Nodes; node++)
                {
                    thresholds[node] = Math.Clamp(_parameters.Threshold + _parameters.ThresholdSpread * (2 * random.NextDouble() - 1), 0, 1);
                }

                var threshold = new LinearThreshold(graph, thresholds, ChooseSeeds(graph, random), counting);
                return new ClassicReplicate(counters, graph, threshold.Round, node => threshold.IsActive(node) ? 1 : 0);
            case ScenarioModels.SimSoM:
                return _simsom!.Build(graph, seed, random, counters);
            default:
                return BuildOpinions(graph, random, counters, counting);
        }
    }

    /// <summary>Opinion models; the bounded-confidence ones also measure the spread and clusters of opinions after each step.</summary>
    private ClassicReplicate BuildOpinions(CsrGraph graph, SimRandom random, MetricCounters counters, NodeCounting counting)
    {
        var opinions = new double[Nodes];
        if (_model == ScenarioModels.Voter)
        {
            foreach (var node in Seeding.Choose(graph, (int)Math.Round(_parameters.InitialShare * Nodes), SeedChoice.Random, random)) opinions[node] = 1;
        }
        else
        {
            for (var node = 0; node < Nodes; node++) opinions[node] = random.NextDouble();
        }

        var dynamics = new OpinionDynamics(graph.Transpose(), opinions, random, counting);
        double OpinionOf(int node) => dynamics.Opinions[node];
        if (_model == ScenarioModels.Voter) return new ClassicReplicate(counters, graph, dynamics.VoterStep, OpinionOf);
        var spread = counters.For(MetricCatalogue.OpinionSd);
        var clusters = counters.For(MetricCatalogue.Clusters);
        void Measure()
        {
            var statistics = OpinionStatistics.Of(dynamics.Opinions, _parameters.Epsilon / 2);
            spread.Set(statistics.StandardDeviation);
            clusters.Set(statistics.MajorClusters);
        }

        Measure();
        Action step = _model == ScenarioModels.Deffuant
            ? () => dynamics.DeffuantStep(_parameters.Epsilon, _parameters.Mu)
            : () => dynamics.HegselmannKrauseStep(_parameters.Epsilon);
        return new ClassicReplicate(counters, graph, () =>
        {
            step();
            Measure();
        }, OpinionOf);
    }

    private int[] ChooseSeeds(CsrGraph graph, SimRandom random)
    {
        var seeds = _parameters.Seeds;
        var count = seeds.Fraction is { } fraction ? (int)Math.Round(fraction * Nodes) : seeds.Count;
        var choice = seeds.Choice switch
        {
            SeedChoices.Degree => SeedChoice.HighestDegree,
            SeedChoices.Listed => SeedChoice.Listed,
            _ => SeedChoice.Random,
        };
        return Seeding.Choose(graph, count, choice, random, seeds.Nodes);
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
