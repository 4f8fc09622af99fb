using InfluenceSim.Metrics;

namespace InfluenceSim.Classic;

/// <summary>
/// Who is active, and who became active in the last round: the state shared by the cascade models, which work
/// round by round from the newly active nodes only.
/// </summary>
internal sealed class ActivationFrontier
{
    private readonly bool[] _active;
    private int[] _current;
    private int[] _next;
    private int _currentCount;
    private int _nextCount;
    private readonly StateTally _tally;

    /// <param name="nodes">How many nodes there are.</param>
    /// <param name="seeds">The nodes active at the start.</param>
    /// <param name="counting">Where to count active nodes per segment, if anywhere.</param>
    public ActivationFrontier(int nodes, IEnumerable<int> seeds, NodeCounting? counting)
    {
        _active = new bool[nodes];
        _current = new int[nodes];
        _next = new int[nodes];
        _tally = new StateTally(counting, null, MetricCatalogue.Active);
        foreach (var seed in seeds)
        {
            if (_active[seed]) continue;
            _active[seed] = true;
            _tally.Move(seed, 0, 1);
            _current[_currentCount++] = seed;
        }

        ActiveCount = _currentCount;
    }

    public int ActiveCount { get; private set; }

    /// <summary>The nodes activated in the last round (the seeds before the first).</summary>
    public ReadOnlySpan<int> Current => _current.AsSpan(0, _currentCount);

    public bool IsEmpty => _currentCount == 0;

    public bool IsActive(int node) => _active[node];

    /// <summary>Activates a node in this round; it joins the frontier of the next.</summary>
    public void Activate(int node)
    {
        _active[node] = true;
        _tally.Move(node, 0, 1);
        _next[_nextCount++] = node;
    }

    /// <summary>Ends the round: the nodes activated in it become the frontier.</summary>
    public void Advance()
    {
        ActiveCount += _nextCount;
        (_current, _next) = (_next, _current);
        _currentCount = _nextCount;
        _nextCount = 0;
    }
}
