namespace InfluenceSim.Output;

/// <summary>One time series of timeseries.csv: a metric for a narrative, a segment and a platform, each -1 for all.</summary>
public readonly record struct SeriesKey(string Metric, int Narrative, int Segment, int Platform);
