using InfluenceSim.Metrics;

namespace InfluenceSim.Classic;

/// <summary>
/// Counts the nodes in each state per segment as a process moves them, so that recording a step costs nothing per
/// node. Without counting (a process run on its own) every call does nothing.
/// </summary>
internal sealed class StateTally
{
    private readonly bool _counts;
    private readonly int[]? _segmentOf;
    private readonly Counter[] _byState;
    private readonly bool[] _counted;

    /// <param name="counting">Where to count, or null not to.</param>
    /// <param name="states">The metric of each state number, or null for a state that is not counted.</param>
    public StateTally(NodeCounting? counting, params MetricDefinition?[] states)
    {
        _counts = counting is not null;
        _segmentOf = counting is { SegmentCount: > 1 } ? counting.SegmentOfNode : null;
        _byState = states.Select(m => counting is null || m is null ? default : counting.Counters.For(m)).ToArray();
        _counted = states.Select(m => counting is not null && m is not null).ToArray();
    }

    /// <summary>A node enters a state (at the start).</summary>
    public void Enter(int node, int state)
    {
        if (!_counts || !_counted[state]) return;
        _byState[state].Increment(segment: SegmentOf(node));
    }

    public void Move(int node, int from, int to)
    {
        if (!_counts) return;
        var segment = SegmentOf(node);
        if (_counted[from]) _byState[from].Decrement(segment: segment);
        if (_counted[to]) _byState[to].Increment(segment: segment);
    }

    /// <summary>With one segment there is nothing to look up: spares a cache miss per move on a large graph.</summary>
    private int SegmentOf(int node) => _segmentOf is null ? 0 : _segmentOf[node];
}
