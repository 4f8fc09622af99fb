using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// The linear threshold model in Watts' form (Watts 2002): a node becomes active once the fraction of the nodes it
/// listens to (its in-neighbours) that are active reaches its threshold. Activation spreads in rounds; each
/// activation only updates the counters of its out-neighbours, so the work is that of the cascade.
/// </summary>
public sealed class LinearThreshold
{
    private readonly CsrGraph _graph;
    private readonly double[] _threshold;
    private readonly int[] _inDegree;
    private readonly int[] _activeInNeighbours;
    private readonly ActivationFrontier _frontier;

    /// <param name="graph">Rows are out-neighbours: whom a node influences.</param>
    /// <param name="thresholds">Each node's threshold, a fraction in [0, 1].</param>
    /// <param name="seeds">The nodes active at the start.</param>
    /// <param name="counting">Where to count active nodes per segment, if anywhere.</param>
    public LinearThreshold(CsrGraph graph, double[] thresholds, IEnumerable<int> seeds, NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(seeds);
        if (thresholds.Length != graph.NodeCount) throw new ArgumentException("one threshold per node", nameof(thresholds));
        _graph = graph;
        _threshold = thresholds;
        _inDegree = new int[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            foreach (var u in graph.Neighbours(v)) _inDegree[u]++;
        }

        _activeInNeighbours = new int[graph.NodeCount];
        _frontier = new ActivationFrontier(graph.NodeCount, seeds, counting);
    }

    public int ActiveCount => _frontier.ActiveCount;

    public int RoundsRun { get; private set; }

    public bool IsActive(int node) => _frontier.IsActive(node);

    public void Round()
    {
        foreach (var node in _frontier.Current)
        {
            foreach (var neighbour in _graph.Neighbours(node))
            {
                if (_frontier.IsActive(neighbour)) continue;
                _activeInNeighbours[neighbour]++;
                if (_activeInNeighbours[neighbour] >= _threshold[neighbour] * _inDegree[neighbour]) _frontier.Activate(neighbour);
            }
        }

        _frontier.Advance();
        RoundsRun++;
    }

    public void RunToEnd(int maxRounds)
    {
        while (!_frontier.IsEmpty && RoundsRun < maxRounds) Round();
    }
}

/// <summary>The linear threshold model as a classic model: thresholds drawn first, then the seeds.</summary>
internal sealed class LinearThresholdModel : IClassicModel
{
    public string Name => ScenarioModels.LinearThreshold;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = [MetricCatalogue.Active];

    /// <summary>Threshold, in-degree, active in-neighbours and the frontier.</summary>
    public int BytesPerNode => 40;

    public bool ListensToInNeighbours => false;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var thresholds = setup.Thresholds();
        var threshold = new LinearThreshold(setup.Network, thresholds, setup.ChooseSeeds(), setup.Counting);
        return new ClassicProcess(threshold.Round, node => threshold.IsActive(node) ? 1 : 0);
    }
}
