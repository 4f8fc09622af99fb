using Newtonsoft.Json;

namespace InfluenceSim.Output;

/// <summary>
/// One series of a run over its replicates: a stock's final and peak value, or a flow's total. Narrative, segment,
/// platform and language are null for all.
/// </summary>
public sealed record SeriesSummary(
    [property: JsonProperty("metric", Order = 1)] string Metric,
    [property: JsonProperty("narrative", Order = 2, NullValueHandling = NullValueHandling.Ignore)] string? Narrative,
    [property: JsonProperty("segment", Order = 3, NullValueHandling = NullValueHandling.Ignore)] string? Segment,
    [property: JsonProperty("platform", Order = 4, NullValueHandling = NullValueHandling.Ignore)] string? Platform,
    [property: JsonProperty("language", Order = 5, NullValueHandling = NullValueHandling.Ignore)] string? Language,
    [property: JsonProperty("final", Order = 6, NullValueHandling = NullValueHandling.Ignore)] SummaryStatistics? Final,
    [property: JsonProperty("peak", Order = 7, NullValueHandling = NullValueHandling.Ignore)] SummaryStatistics? Peak,
    [property: JsonProperty("total", Order = 8, NullValueHandling = NullValueHandling.Ignore)] SummaryStatistics? Total);
