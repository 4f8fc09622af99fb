using InfluenceSim.Classic;
using InfluenceSim.Metrics;
using Newtonsoft.Json;

namespace InfluenceSim.Output;

/// <summary>
/// summary.json as a type: what ran, the names of its parts, each outcome over replicates (the columns of
/// outcomes.csv) and each series over replicates. Written and read through this type only.
/// </summary>
public sealed record RunSummary
{
    [JsonProperty("scenario", Order = 1)] public required string Scenario { get; init; }
    [JsonProperty("description", Order = 2)] public string Description { get; init; } = "";
    [JsonProperty("model", Order = 2)] public required string Model { get; init; }
    [JsonProperty("replicates", Order = 3)] public required int Replicates { get; init; }
    [JsonProperty("steps", Order = 4)] public required int Steps { get; init; }
    [JsonProperty("stepHours", Order = 5)] public required double StepHours { get; init; }
    [JsonProperty("agents", Order = 6)] public required long Agents { get; init; }
    [JsonProperty("moderation", Order = 7)] public required bool Moderation { get; init; }
    [JsonProperty("narratives", Order = 8)] public required IReadOnlyList<NarrativeInfo> Narratives { get; init; }
    [JsonProperty("segments", Order = 9)] public required IReadOnlyList<SegmentInfo> Segments { get; init; }
    [JsonProperty("platforms", Order = 10)] public required IReadOnlyList<string> Platforms { get; init; }
    [JsonProperty("languages", Order = 11)] public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>Per outcome (outcomes.csv's columns, in order), its statistics over replicates.</summary>
    [JsonProperty("outcomes", Order = 12)] public required IReadOnlyDictionary<string, SummaryStatistics> Outcomes { get; init; }

    [JsonProperty("series", Order = 13)] public required IReadOnlyList<SeriesSummary> Series { get; init; }

    /// <summary>Cascade measures over replicates (models with posts); null otherwise.</summary>
    [JsonProperty("cascades", Order = 14, NullValueHandling = NullValueHandling.Ignore)] public CascadeSummary? Cascades { get; init; }

    /// <summary>The layout the summary describes, for reading its time series back.</summary>
    public RunLayout ToLayout() =>
        new(Model, ClassicModels.MetricsOf(Model), Narratives, Segments.Select(s => s.Id).ToArray(), Segments.Select(s => s.Size).ToArray(), Platforms, Languages, Moderation);

    public SummaryStatistics Outcome(string name) =>
        Outcomes.TryGetValue(name, out var statistics) ? statistics : throw new KeyNotFoundException($"this run has no outcome '{name}'");

    /// <summary>A series' summary, or null when the run does not record it.</summary>
    public SeriesSummary? Find(MetricDefinition metric, string? narrative = null, string? segment = null, string? platform = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        foreach (var series in Series)
        {
            if (series.Metric == metric.Name && series.Narrative == narrative && series.Segment == segment && series.Platform == platform && series.Language == language)
            {
                return series;
            }
        }

        return null;
    }
}

/// <summary>A segment's id and size.</summary>
public sealed record SegmentInfo(string Id, long Size);
