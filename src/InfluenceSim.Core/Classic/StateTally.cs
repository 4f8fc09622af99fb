using InfluenceSim.Metrics;

namespace InfluenceSim.Classic;

/// <summary>
/// Counts the nodes in each state per segment as a process moves them, so that recording a step costs nothing per
/// node. Without counting (a process run on its own) every call does nothing.
/// </summary>
internal sealed class StateTally
{
    private readonly int[]? _segmentOf;
    private readonly Counter[] _byState;
    private readonly bool[] _counted;

    /// <param name="counting">Where to count, or null not to.</param>
    /// <param name="states">The metric of each state number, or null for a state that is not counted.</param>
    public StateTally(NodeCounting? counting, params MetricDefinition?[] states)
    {
        _segmentOf = counting?.SegmentOfNode;
        _byState = states.Select(m => counting is null || m is null ? default : counting.Counters.For(m)).ToArray();
        _counted = states.Select(m => counting is not null && m is not null).ToArray();
    }

    /// <summary>A node enters a state (at the start).</summary>
    public void Enter(int node, int state)
    {
        if (_segmentOf is null || !_counted[state]) return;
        _byState[state].Increment(segment: _segmentOf[node]);
    }

    public void Move(int node, int from, int to)
    {
        if (_segmentOf is null) return;
        var segment = _segmentOf[node];
        if (_counted[from]) _byState[from].Decrement(segment: segment);
        if (_counted[to]) _byState[to].Increment(segment: segment);
    }
}
