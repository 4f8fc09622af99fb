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
    private readonly bool[] _active;
    private int[] _frontier;
    private int[] _next;
    private int _frontierCount;

    public IndependentCascade(CsrGraph graph, double probability, IEnumerable<int> seeds, SimRandom random)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1.0);
        _graph = graph;
        _probability = probability;
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _active = new bool[graph.NodeCount];
        _frontier = new int[graph.NodeCount];
        _next = new int[graph.NodeCount];
        foreach (var seed in seeds)
        {
            if (_active[seed]) continue;
            _active[seed] = true;
            _frontier[_frontierCount++] = seed;
        }

        ActiveCount = _frontierCount;
    }

    public int ActiveCount { get; private set; }

    public long EdgesVisited { get; private set; }

    public int RoundsRun { get; private set; }

    public bool IsActive(int node) => _active[node];

    public void Round()
    {
        var next = 0;
        for (var i = 0; i < _frontierCount; i++)
        {
            var neighbours = _graph.Neighbours(_frontier[i]);
            EdgesVisited += neighbours.Length;
            foreach (var neighbour in neighbours)
            {
                if (_active[neighbour] || !_random.Bernoulli(_probability)) continue;
                _active[neighbour] = true;
                _next[next++] = neighbour;
            }
        }

        ActiveCount += next;
        (_frontier, _next) = (_next, _frontier);
        _frontierCount = next;
        RoundsRun++;
    }

    public void RunToEnd(int maxRounds)
    {
        while (_frontierCount > 0 && RoundsRun < maxRounds) Round();
    }
}
