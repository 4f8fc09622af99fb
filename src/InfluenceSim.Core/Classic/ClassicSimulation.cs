using InfluenceSim.Networks;
using InfluenceSim.Output;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// A scenario whose "model" is a classic one, compiled for running: the network over all segments' nodes (segments
/// as blocks), the model and its parameters. Each replicate builds its own graph and draws its own seeds from the
/// replicate's seed, runs the scenario's steps and records each metric for everyone and per segment.
/// </summary>
public sealed class ClassicSimulation
{
    private const ulong NetworkStream = 2;
    private const ulong DynamicsStream = 5;
    private readonly int[] _segmentStarts;

    public ClassicSimulation(LoadedScenario loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (!ScenarioModels.IsClassic(loaded.Scenario.Model)) throw new ArgumentException("not a classic-model scenario", nameof(loaded));
        Loaded = loaded;
        Scenario = loaded.Scenario;
        SegmentIds = Scenario.Segments.Select(s => s.Id).ToArray();
        _segmentStarts = new int[SegmentIds.Count + 1];
        for (var s = 0; s < SegmentIds.Count; s++) _segmentStarts[s + 1] = checked(_segmentStarts[s] + Scenario.Segments[s].Size);
        Metrics = MetricsOf(Scenario.Model);
        Series = Metrics.SelectMany(m => ClassicMetrics.IsPopulationOnly(m)
            ? new[] { new SeriesKey(m, -1, -1, -1) }
            : Enumerable.Range(-1, SegmentIds.Count + 1).Select(s => new SeriesKey(m, -1, s, -1))).ToArray();
    }

    public LoadedScenario Loaded { get; }

    public Scenario Scenario { get; }

    public IReadOnlyList<string> SegmentIds { get; }

    public int Nodes => _segmentStarts[^1];

    /// <summary>The metrics this model records (<see cref="ClassicMetrics"/>).</summary>
    public IReadOnlyList<string> Metrics { get; }

    public IReadOnlyList<SeriesKey> Series { get; }

    public ulong ReplicateSeed(int replicate) => SimRandom.DeriveSeed(unchecked((ulong)Scenario.Seed), (ulong)replicate);

    private static string[] MetricsOf(string model) => model switch
    {
        ScenarioModels.SIR => [ClassicMetrics.Susceptible, ClassicMetrics.Infected, ClassicMetrics.Removed],
        ScenarioModels.SI or ScenarioModels.SIS => [ClassicMetrics.Susceptible, ClassicMetrics.Infected],
        ScenarioModels.IndependentCascade or ScenarioModels.LinearThreshold => [ClassicMetrics.Active],
        ScenarioModels.Voter => [ClassicMetrics.OpinionMean],
        _ => [ClassicMetrics.OpinionMean, ClassicMetrics.OpinionSd, ClassicMetrics.Clusters],
    };

    public ClassicRecorder RunReplicate(int replicate, CancellationToken cancellation = default)
    {
        var seed = ReplicateSeed(replicate);
        var graph = BuildGraph(seed);
        var random = new SimRandom(SimRandom.DeriveSeed(seed, DynamicsStream));
        var recorder = new ClassicRecorder(replicate, Series, Scenario.Steps);
        var values = new double[Series.Count];
        var classic = Scenario.Classic;
        switch (Scenario.Model)
        {
            case ScenarioModels.SI or ScenarioModels.SIS or ScenarioModels.SIR:
                var model = Scenario.Model == ScenarioModels.SI ? EpidemicModel.SI : Scenario.Model == ScenarioModels.SIS ? EpidemicModel.SIS : EpidemicModel.SIR;
                var epidemic = new EpidemicProcess(graph, model, classic.Transmission, classic.Recovery, ChooseSeeds(graph, random), random);
                Run(recorder, values, epidemic.Step, (metric, node) => metric switch
                {
                    ClassicMetrics.Susceptible => epidemic.StateOf(node) == EpidemicProcess.Susceptible ? 1 : 0,
                    ClassicMetrics.Infected => epidemic.StateOf(node) == EpidemicProcess.Infected ? 1 : 0,
                    _ => epidemic.StateOf(node) == EpidemicProcess.Removed ? 1 : 0,
                }, counts: true, cancellation);
                break;
            case ScenarioModels.IndependentCascade:
                var cascade = new IndependentCascade(graph, classic.Activation, ChooseSeeds(graph, random), random);
                Run(recorder, values, cascade.Round, (_, node) => cascade.IsActive(node) ? 1 : 0, counts: true, cancellation);
                break;
            case ScenarioModels.LinearThreshold:
                var thresholds = Enumerable.Range(0, Nodes)
                    .Select(_ => Math.Clamp(classic.Threshold + classic.ThresholdSpread * (2 * random.NextDouble() - 1), 0, 1)).ToArray();
                var threshold = new LinearThreshold(graph, thresholds, ChooseSeeds(graph, random));
                Run(recorder, values, threshold.Round, (_, node) => threshold.IsActive(node) ? 1 : 0, counts: true, cancellation);
                break;
            default:
                RunOpinions(graph, random, recorder, values, cancellation);
                break;
        }

        return recorder;
    }

    private void RunOpinions(CsrGraph graph, SimRandom random, ClassicRecorder recorder, double[] values, CancellationToken cancellation)
    {
        var classic = Scenario.Classic;
        var opinions = new double[Nodes];
        if (Scenario.Model == ScenarioModels.Voter)
        {
            foreach (var node in Seeding.Choose(graph, (int)Math.Round(classic.InitialShare * Nodes), SeedChoice.Random, random)) opinions[node] = 1;
        }
        else
        {
            for (var node = 0; node < Nodes; node++) opinions[node] = random.NextDouble();
        }

        var dynamics = new OpinionDynamics(graph.Transpose(), opinions, random);
        Action step = Scenario.Model switch
        {
            ScenarioModels.Voter => dynamics.VoterStep,
            ScenarioModels.Deffuant => () => dynamics.DeffuantStep(classic.Epsilon, classic.Mu),
            _ => () => dynamics.HegselmannKrauseStep(classic.Epsilon),
        };
        var statistics = OpinionStatistics.Of(dynamics.Opinions, classic.Epsilon / 2);
        Run(recorder, values, () =>
        {
            step();
            statistics = OpinionStatistics.Of(dynamics.Opinions, classic.Epsilon / 2);
        }, (metric, node) => metric switch
        {
            ClassicMetrics.OpinionSd => statistics.StandardDeviation,
            ClassicMetrics.Clusters => statistics.MajorClusters,
            _ => dynamics.Opinions[node],
        }, counts: false, cancellation);
    }

    /// <summary>
    /// Records step 0, then runs and records each step. Per-node values are summed per segment (counts) or averaged
    /// (opinions); population-only metrics take the value of node -1's query.
    /// </summary>
    private void Run(ClassicRecorder recorder, double[] values, Action step, Func<string, int, double> perNode, bool counts, CancellationToken cancellation)
    {
        void Record()
        {
            for (var i = 0; i < Series.Count; i++)
            {
                var key = Series[i];
                if (ClassicMetrics.IsPopulationOnly(key.Metric))
                {
                    values[i] = perNode(key.Metric, -1);
                    continue;
                }

                var (start, end) = key.Segment < 0 ? (0, Nodes) : (_segmentStarts[key.Segment], _segmentStarts[key.Segment + 1]);
                double total = 0;
                for (var node = start; node < end; node++) total += perNode(key.Metric, node);
                values[i] = counts || end == start ? total : total / (end - start);
            }

            recorder.Record(values);
        }

        Record();
        for (var t = 0; t < Scenario.Steps; t++)
        {
            cancellation.ThrowIfCancellationRequested();
            step();
            Record();
        }
    }

    private int[] ChooseSeeds(CsrGraph graph, SimRandom random)
    {
        var seeds = Scenario.Classic.Seeds;
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
    private CsrGraph BuildGraph(ulong seed)
    {
        var spec = Scenario.Network;
        var edges = new EdgeBuffer((int)Math.Min(Array.MaxLength, (long)(Nodes * spec.AvgFollows * 1.1) + 1024));
        if (spec.Model == NetworkModels.EdgeList)
        {
            var list = Loaded.EdgeLists[spec.Path!];
            for (var e = 0; e < list.Count; e++) edges.Add(list.Followed[e], list.Followers[e]);
        }
        else
        {
            NetworkGenerator.Generate(spec, _segmentStarts, SegmentIds, new SimRandom(SimRandom.DeriveSeed(seed, NetworkStream, 0)), edges);
        }

        return edges.Build(Nodes);
    }
}
