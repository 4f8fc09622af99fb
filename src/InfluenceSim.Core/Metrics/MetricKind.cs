namespace InfluenceSim.Metrics;

/// <summary>Whether a metric is a state at the end of a step or a count of what happened during it.</summary>
public enum MetricKind
{
    /// <summary>A state at the end of the step (believers, infected nodes, the review backlog).</summary>
    Stock,

    /// <summary>A count of events during the step (impressions, posts, removals); counters keep running totals.</summary>
    Flow,
}
