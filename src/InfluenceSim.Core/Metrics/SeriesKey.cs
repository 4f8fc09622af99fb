namespace InfluenceSim.Metrics;

/// <summary>
/// One series of a run: a metric for a narrative, segment, platform and language, each -1 for all. Series with a
/// language are summarised but not written to timeseries.csv, whose columns have none.
/// </summary>
public readonly record struct SeriesKey(MetricDefinition Metric, int Narrative = -1, int Segment = -1, int Platform = -1, int Language = -1)
{
    public bool InTimeseries => Language < 0;
}
