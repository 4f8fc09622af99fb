namespace InfluenceSim.Metrics;

/// <summary>The dimensions a metric is counted by. Language is counted for the summary but not written to timeseries.csv.</summary>
[Flags]
public enum Slices
{
    None = 0,
    Narrative = 1,
    Segment = 2,
    Platform = 4,
    Language = 8,
}
