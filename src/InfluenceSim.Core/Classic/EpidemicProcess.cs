using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// Discrete-time SI, SIS and SIR on a graph (Kermack and McKendrick 1927; on networks, Pastor-Satorras et al. 2015).
/// Each step every infected node infects each susceptible out-neighbour with the transmission probability; nodes
/// infected in a step transmit from the next; then each infected node recovers with the recovery probability (to
/// susceptible in SIS, to removed in SIR; never in SI). Only infected nodes are visited, and on each only the out-edges
/// whose draw succeeds (<see cref="SuccessfulEdges"/>): the work follows transmissions, not edges x steps.
/// </summary>
public sealed class EpidemicProcess
{
    public const byte Susceptible = 0;
    public const byte Infected = 1;
    public const byte Removed = 2;

    private readonly CsrGraph _graph;
    private readonly EpidemicModel _model;
    private readonly GeometricSkip _toNextTransmission;
    private readonly double _recovery;
    private readonly SimRandom _random;
    private readonly byte[] _state;
    private readonly StateTally _tally;
    private readonly SuccessfulEdges _successfulEdges = new();
    private int[] _infected;
    private int[] _next;
    private int _infectedCount;

    /// <param name="graph">Rows are out-neighbours: whom a node can infect.</param>
    /// <param name="model">SI, SIS or SIR.</param>
    /// <param name="transmission">Probability per step that an infected node infects a susceptible neighbour.</param>
    /// <param name="recovery">Probability per step that an infected node recovers.</param>
    /// <param name="seeds">The nodes infected at the start.</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to count susceptible, infected and removed nodes per segment, if anywhere.</param>
    public EpidemicProcess(CsrGraph graph, EpidemicModel model, double transmission, double recovery, IEnumerable<int> seeds, SimRandom random,
        NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfLessThan(transmission, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(transmission, 1.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(recovery, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recovery, 1.0);
        _graph = graph;
        _model = model;
        _toNextTransmission = new GeometricSkip(transmission);
        _recovery = recovery;
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _state = new byte[graph.NodeCount];
        _infected = new int[graph.NodeCount];
        _next = new int[graph.NodeCount];
        _tally = new StateTally(counting, MetricCatalogue.Susceptible, MetricCatalogue.Infected,
            model == EpidemicModel.SIR ? MetricCatalogue.Removed : null);
        for (var node = 0; node < graph.NodeCount; node++) _tally.Enter(node, Susceptible);
        foreach (var seed in seeds)
        {
            if (_state[seed] == Infected) continue;
            _state[seed] = Infected;
            _tally.Move(seed, Susceptible, Infected);
            _infected[_infectedCount++] = seed;
        }

        EverInfected = _infectedCount;
    }

    public int InfectedCount => _infectedCount;

    public int RemovedCount { get; private set; }

    public int SusceptibleCount => _graph.NodeCount - _infectedCount - RemovedCount;

    /// <summary>Nodes infected at least once (the final size of an SIR outbreak).</summary>
    public int EverInfected { get; private set; }

    /// <summary>Edges whose transmission draw succeeded, onto a susceptible node or not: the work done.</summary>
    public long TransmissionsDrawn { get; private set; }

    public int StepsRun { get; private set; }

    public byte StateOf(int node) => _state[node];

    public void Step()
    {
        var next = 0;
        var reached = _successfulEdges.Draw(_graph, _infected.AsSpan(0, _infectedCount), _toNextTransmission, _random);
        TransmissionsDrawn += reached.Length;
        foreach (var neighbour in reached)
        {
            if (_state[neighbour] != Susceptible) continue;
            _state[neighbour] = Infected;
            _tally.Move(neighbour, Susceptible, Infected);
            _next[next++] = neighbour;
        }

        EverInfected += next;
        for (var i = 0; i < _infectedCount; i++)
        {
            var node = _infected[i];
            if (_model != EpidemicModel.SI && _random.Bernoulli(_recovery))
            {
                var recovered = _model == EpidemicModel.SIR ? Removed : Susceptible;
                _state[node] = recovered;
                _tally.Move(node, Infected, recovered);
                if (recovered == Removed) RemovedCount++;

                continue;
            }

            _next[next++] = node;
        }

        (_infected, _next) = (_next, _infected);
        _infectedCount = next;
        StepsRun++;
    }

    /// <summary>Runs until no node is infected or the step limit is reached.</summary>
    public void RunToEnd(int maxSteps)
    {
        while (_infectedCount > 0 && StepsRun < maxSteps) Step();
    }

    /// <summary>
    /// The probability that an infected node infects a given neighbour before it recovers:
    /// T = 1 - sum over d >= 1 of r (1 - r)^(d-1) (1 - b)^d = 1 - r (1 - b) / (1 - (1 - r)(1 - b)).
    /// </summary>
    public static double Transmissibility(double transmission, double recovery) =>
        recovery == 0 ? (transmission > 0 ? 1 : 0) : 1 - recovery * (1 - transmission) / (1 - (1 - recovery) * (1 - transmission));
}

/// <summary>SI, SIS and SIR as classic models: the seeds infected, the rest susceptible.</summary>
internal sealed class EpidemicClassicModel(string name, EpidemicModel kind) : IClassicModel
{
    public string Name => name;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = kind == EpidemicModel.SIR
        ? [MetricCatalogue.Susceptible, MetricCatalogue.Infected, MetricCatalogue.Removed]
        : [MetricCatalogue.Susceptible, MetricCatalogue.Infected];

    /// <summary>The state, the infected list and the next step's.</summary>
    public int BytesPerNode => 9;

    public bool ListensToInNeighbours => false;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var process = new EpidemicProcess(setup.Network, kind, setup.Parameters.Transmission, setup.Parameters.Recovery, setup.ChooseSeeds(), setup.Random, setup.Counting);
        return new ClassicProcess(process.Step, node => process.StateOf(node));
    }
}
