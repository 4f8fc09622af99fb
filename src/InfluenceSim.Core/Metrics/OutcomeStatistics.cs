namespace InfluenceSim.Metrics;

/// <summary>Which per-replicate outcomes (outcomes.csv, sweeps, compare) a metric gives, per narrative when it has that slice.</summary>
[Flags]
public enum OutcomeStatistics
{
    None = 0,

    /// <summary>The value at the last step: final_&lt;metric&gt;.</summary>
    Final = 1,

    /// <summary>The largest value over the steps: peak_&lt;metric&gt;.</summary>
    Peak = 2,

    /// <summary>A flow's total over the run: &lt;metric&gt;.</summary>
    Total = 4,
}
