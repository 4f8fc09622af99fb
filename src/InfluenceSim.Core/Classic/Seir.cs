using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// Discrete-time SEIR on a graph: SIR with an incubation (Anderson and May 1991). Each step every infectious node
/// infects each susceptible out-neighbour with the transmission probability, and the newly infected are exposed, not yet
/// infectious; each exposed node becomes infectious with the incubation probability (and transmits from the next
/// step); each infectious node recovers with the recovery probability, for good. The incubation only delays: a node's
/// chance of infecting a neighbour before it recovers is SIR's transmissibility, so the final size is SIR's.
/// </summary>
public sealed class Seir
{
    public const byte Susceptible = 0;
    public const byte Exposed = 1;
    public const byte Infectious = 2;
    public const byte Removed = 3;

    private readonly CsrGraph _graph;
    private readonly GeometricSkip _toNextTransmission;
    private readonly double _incubation;
    private readonly double _recovery;
    private readonly SimRandom _random;
    private readonly byte[] _state;
    private readonly StateTally _tally;
    private readonly SuccessfulEdges _successfulEdges = new();
    private readonly NodeList _exposed;
    private readonly NodeList _infectious;

    /// <param name="graph">Rows are out-neighbours: whom a node can infect.</param>
    /// <param name="transmission">Probability per step that an infectious node infects a susceptible neighbour.</param>
    /// <param name="incubation">Probability per step that an exposed node becomes infectious.</param>
    /// <param name="recovery">Probability per step that an infectious node recovers.</param>
    /// <param name="seeds">The nodes infectious at the start.</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to count the four states per segment, if anywhere.</param>
    public Seir(CsrGraph graph, double transmission, double incubation, double recovery, IEnumerable<int> seeds, SimRandom random, NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(seeds);
        _graph = graph;
        _toNextTransmission = new GeometricSkip(transmission);
        _incubation = incubation;
        _recovery = recovery;
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _state = new byte[graph.NodeCount];
        _exposed = new NodeList(graph.NodeCount);
        _infectious = new NodeList(graph.NodeCount);
        _tally = new StateTally(counting, MetricCatalogue.Susceptible, MetricCatalogue.Exposed, MetricCatalogue.Infected, MetricCatalogue.Removed);
        for (var node = 0; node < graph.NodeCount; node++) _tally.Enter(node, Susceptible);
        foreach (var seed in seeds)
        {
            if (_state[seed] != Susceptible) continue;
            Move(seed, Infectious);
            _infectious.Add(seed);
        }

        _infectious.Advance();
        EverInfected = _infectious.Count;
    }

    /// <summary>Nodes infected at least once, exposed or beyond (the final size once none is exposed or infectious).</summary>
    public int EverInfected { get; private set; }

    public int ExposedCount => _exposed.Count;

    public int InfectiousCount => _infectious.Count;

    public int StepsRun { get; private set; }

    public byte StateOf(int node) => _state[node];

    public void Step()
    {
        foreach (var neighbour in _successfulEdges.Draw(_graph, _infectious.Current, _toNextTransmission, _random))
        {
            if (_state[neighbour] != Susceptible) continue;
            Move(neighbour, Exposed);
            _exposed.Add(neighbour);
            EverInfected++;
        }

        foreach (var node in _exposed.Current)
        {
            if (_random.Bernoulli(_incubation))
            {
                Move(node, Infectious);
                _infectious.Add(node);
            }
            else
            {
                _exposed.Add(node);
            }
        }

        foreach (var node in _infectious.Current)
        {
            if (_random.Bernoulli(_recovery)) Move(node, Removed);
            else _infectious.Add(node);
        }

        _exposed.Advance();
        _infectious.Advance();
        StepsRun++;
    }

    /// <summary>Runs until no node is exposed or infectious, or the step limit is reached.</summary>
    public void RunToEnd(int maxSteps)
    {
        while (_exposed.Count + _infectious.Count > 0 && StepsRun < maxSteps) Step();
    }

    private void Move(int node, byte state)
    {
        _tally.Move(node, _state[node], state);
        _state[node] = state;
    }

    /// <summary>A step's list of nodes in a state and the next step's, swapped when the step ends.</summary>
    private sealed class NodeList(int capacity)
    {
        private int[] _current = new int[capacity];
        private int[] _next = new int[capacity];
        private int _nextCount;

        public int Count { get; private set; }

        public ReadOnlySpan<int> Current => _current.AsSpan(0, Count);

        public void Add(int node) => _next[_nextCount++] = node;

        public void Advance()
        {
            (_current, _next) = (_next, _current);
            Count = _nextCount;
            _nextCount = 0;
        }
    }
}

/// <summary>SEIR as a classic model: the seeds infectious, the rest susceptible.</summary>
internal sealed class SeirModel : IClassicModel
{
    public string Name => ScenarioModels.SEIR;

    public IReadOnlyList<MetricDefinition> Metrics { get; } =
        [MetricCatalogue.Susceptible, MetricCatalogue.Exposed, MetricCatalogue.Infected, MetricCatalogue.Removed];

    /// <summary>The state and two lists each of exposed and infectious nodes.</summary>
    public int BytesPerNode => 17;

    public bool ListensToInNeighbours => false;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var parameters = setup.Parameters;
        var process = new Seir(setup.Network, parameters.Transmission, parameters.Incubation, parameters.Recovery, setup.ChooseSeeds(), setup.Random, setup.Counting);
        return new ClassicProcess(process.Step, node => process.StateOf(node));
    }
}
