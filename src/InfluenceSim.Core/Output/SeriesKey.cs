namespace InfluenceSim.Output;

/// <summary>One time series of timeseries.csv: a metric for a narrative, optionally of one segment or platform (-1 = all).</summary>
public readonly record struct SeriesKey(string Metric, int Narrative, int Segment, int Platform);
