using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// The Kertesz threshold model (Ruan, Iniguez, Karsai and Kertesz 2015, Physical Review Letters 115, 218702): Watts'
/// threshold model with immune ("blocked") nodes that never adopt and a steady flow of spontaneous adopters. Each step
/// every node that has not adopted and is not blocked adopts on its own with the adoption rate; the nodes that adopted
/// in the previous step raise their followers' counts, and a follower that is not blocked adopts once the adopting share
/// of the nodes it listens to reaches its threshold. Any adoption rate above 0 makes every node that is not blocked adopt
/// in the end; blocked nodes stop cascades that would pass through them.
/// </summary>
public sealed class KerteszThreshold
{
    /// <summary>A node's state for observers: 0 not adopted, 1 adopted, 2 blocked.</summary>
    public const double BlockedState = 2;

    private readonly CsrGraph _graph;
    private readonly double[] _threshold;
    private readonly bool[] _blocked;
    private readonly int[] _inDegree;
    private readonly int[] _adoptingInNeighbours;
    private readonly GeometricSkip _toNextSpontaneous;
    private readonly SimRandom _random;
    private readonly ActivationFrontier _frontier;

    /// <param name="graph">Rows are out-neighbours: whom a node influences.</param>
    /// <param name="thresholds">Each node's threshold, a fraction of its in-neighbours.</param>
    /// <param name="blocked">The nodes that never adopt.</param>
    /// <param name="seeds">The nodes adopting at the start (a blocked seed does not adopt).</param>
    /// <param name="adoptionRate">Probability per step that a node adopts on its own.</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to count adopting and blocked nodes per segment, if anywhere.</param>
    public KerteszThreshold(CsrGraph graph, double[] thresholds, IEnumerable<int> blocked, IEnumerable<int> seeds, double adoptionRate, SimRandom random,
        NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (thresholds.Length != graph.NodeCount) throw new ArgumentException("one threshold per node", nameof(thresholds));
        _graph = graph;
        _threshold = thresholds;
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _toNextSpontaneous = new GeometricSkip(adoptionRate);
        _blocked = new bool[graph.NodeCount];
        var blockedCount = counting is null ? default : counting.Counters.For(MetricCatalogue.Blocked);
        foreach (var node in blocked)
        {
            if (_blocked[node]) continue;
            _blocked[node] = true;
            BlockedCount++;
            if (counting is not null) blockedCount.Increment(segment: counting.SegmentOfNode[node]);
        }

        _inDegree = new int[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            foreach (var u in graph.Neighbours(v)) _inDegree[u]++;
        }

        _adoptingInNeighbours = new int[graph.NodeCount];
        _frontier = new ActivationFrontier(graph.NodeCount, seeds.Where(seed => !_blocked[seed]), counting);
    }

    public int AdoptedCount => _frontier.ActiveCount;

    public int BlockedCount { get; }

    public bool HasAdopted(int node) => _frontier.IsActive(node);

    public bool IsBlocked(int node) => _blocked[node];

    public double StateOf(int node) => _blocked[node] ? BlockedState : _frontier.IsActive(node) ? 1 : 0;

    public void Step()
    {
        for (var node = _toNextSpontaneous.Next(_random); node < _graph.NodeCount; node = Skip(node))
        {
            if (!_blocked[node] && !_frontier.IsActive(node)) _frontier.Activate(node);
        }

        foreach (var node in _frontier.Current)
        {
            foreach (var follower in _graph.Neighbours(node))
            {
                if (_blocked[follower] || _frontier.IsActive(follower)) continue;
                _adoptingInNeighbours[follower]++;
                if (_adoptingInNeighbours[follower] >= _threshold[follower] * _inDegree[follower]) _frontier.Activate(follower);
            }
        }

        _frontier.Advance();
    }

    private int Skip(int node)
    {
        var skip = _toNextSpontaneous.Next(_random);
        return skip >= _graph.NodeCount - node ? _graph.NodeCount : node + 1 + skip;
    }
}

/// <summary>The Kertesz threshold model as a classic model: thresholds drawn first, then the blocked nodes, then the seeds.</summary>
internal sealed class KerteszThresholdModel : IClassicModel
{
    public string Name => ScenarioModels.KerteszThreshold;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = [MetricCatalogue.Active, MetricCatalogue.Blocked];

    /// <summary>Threshold, blocked flag, in-degree, adopting in-neighbours and the frontier.</summary>
    public int BytesPerNode => 41;

    public bool ListensToInNeighbours => false;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var thresholds = setup.Thresholds();
        var blocked = Seeding.Choose(setup.Network, (int)Math.Round(setup.Parameters.Blocked * setup.Nodes), SeedChoice.Random, setup.Random);
        var model = new KerteszThreshold(setup.Network, thresholds, blocked, setup.ChooseSeeds(), setup.Parameters.AdoptionRate, setup.Random, setup.Counting);
        return new ClassicProcess(model.Step, model.StateOf);
    }
}
