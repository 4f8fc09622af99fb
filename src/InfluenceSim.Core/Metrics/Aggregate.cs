namespace InfluenceSim.Metrics;

/// <summary>How the cells of a metric combine into a series for all of a slice.</summary>
public enum Aggregate
{
    /// <summary>Counts add up.</summary>
    Sum,

    /// <summary>The counters hold a sum over nodes; the series is that sum over the number of nodes it covers.</summary>
    MeanPerNode,
}
