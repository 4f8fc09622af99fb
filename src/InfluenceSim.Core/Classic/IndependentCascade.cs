using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Classic;

/// <summary>
/// The independent cascade model (Goldenberg, Libai and Muller 2001; Kempe, Kleinberg and Tardos 2003): a node
/// activated in round t has one chance, in round t + 1, to activate each inactive out-neighbour, with probability p.
/// Only the newly active frontier is visited, so the work is that of the cascade.
/// </summary>
public sealed class IndependentCascade
{
    private readonly CsrGraph _graph;
    private readonly double _probability;
    private readonly SimRandom _random;
    private readonly ActivationFrontier _frontier;

    /// <param name="graph">Rows are out-neighbours: whom a node can activate.</param>
    /// <param name="probability">Probability that a newly active node activates each inactive out-neighbour.</param>
    /// <param name="seeds">The nodes active at the start.</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to count active nodes per segment, if anywhere.</param>
    public IndependentCascade(CsrGraph graph, double probability, IEnumerable<int> seeds, SimRandom random, NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1.0);
        _graph = graph;
        _probability = probability;
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _frontier = new ActivationFrontier(graph.NodeCount, seeds, counting);
    }

    public int ActiveCount => _frontier.ActiveCount;

    public long EdgesVisited { get; private set; }

    public int RoundsRun { get; private set; }

    public bool IsActive(int node) => _frontier.IsActive(node);

    public void Round()
    {
        foreach (var node in _frontier.Current)
        {
            var neighbours = _graph.Neighbours(node);
            EdgesVisited += neighbours.Length;
            foreach (var neighbour in neighbours)
            {
                if (!_frontier.IsActive(neighbour) && _random.Bernoulli(_probability)) _frontier.Activate(neighbour);
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
