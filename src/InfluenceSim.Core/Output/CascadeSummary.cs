using InfluenceSim.Cascades;
using InfluenceSim.Metrics;
using Newtonsoft.Json;

namespace InfluenceSim.Output;

/// <summary>
/// summary.json's <c>cascades</c>: per group of cascades (each narrative, each sponsor, all), each measure's
/// distribution within a replicate (mean, median, 90th and 99th percentiles) and the shares of large cascades, each
/// over replicates with its interval; per narrative, the size and depth distributions and virality by size, point by
/// point over replicates. Statistics over replicates leave out replicates where the group had no cascade.
/// </summary>
public sealed record CascadeSummary(
    [property: JsonProperty("groups", Order = 1)] IReadOnlyList<CascadeGroupSummary> Groups,
    [property: JsonProperty("curves", Order = 2)] IReadOnlyList<CascadeCurves> Curves)
{
    /// <summary>The summary over replicates, or null when no replicate measured cascades.</summary>
    public static CascadeSummary? Of(RunLayout layout, IReadOnlyList<SeriesRecording> recordings)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(recordings);
        var replicates = recordings.Select(r => r.Cascades).OfType<CascadeStatistics>().ToArray();
        if (replicates.Length == 0) return null;
        var names = layout.Narratives.Select(n => (Narrative: (string?)n.Id, Sponsor: (string?)null))
            .Concat(layout.Sponsors.Select(s => (Narrative: (string?)null, Sponsor: (string?)s)))
            .Append((null, null))
            .ToArray();
        var groups = names.Select((name, g) => CascadeGroupSummary.Of(name.Narrative, name.Sponsor, replicates.Select(r => r.Groups[g]).ToArray())).ToArray();
        var curves = layout.Narratives.Select((n, i) => CascadeCurves.Of(n.Id, replicates.Select(r => r.Curves[i]).ToArray())).ToArray();
        return new CascadeSummary(groups, curves);
    }

    /// <summary>The group of one narrative's cascades, one sponsor's, or (both null) all of them.</summary>
    public CascadeGroupSummary? Group(string? narrative = null, string? sponsor = null) =>
        Groups.FirstOrDefault(g => g.Narrative == narrative && g.Sponsor == sponsor);

    /// <summary>Statistics over replicates of the finite values; null when there are none.</summary>
    internal static SummaryStatistics? Over(IEnumerable<double> values, double? maximum = null)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? null : SummaryStatistics.Of(finite, 0, maximum);
    }
}

/// <summary>One group's cascades over replicates.</summary>
public sealed record CascadeGroupSummary(
    [property: JsonProperty("narrative", Order = 1, NullValueHandling = NullValueHandling.Ignore)] string? Narrative,
    [property: JsonProperty("sponsor", Order = 2, NullValueHandling = NullValueHandling.Ignore)] string? Sponsor,
    [property: JsonProperty("cascades", Order = 3)] SummaryStatistics Cascades,
    [property: JsonProperty("measures", Order = 4)] IReadOnlyDictionary<string, CascadeMeasureSummary> Measures,
    [property: JsonProperty("shareAbove100", Order = 5)] SummaryStatistics? ShareAbove100,
    [property: JsonProperty("shareAbove1000", Order = 6)] SummaryStatistics? ShareAbove1000)
{
    internal static CascadeGroupSummary Of(string? narrative, string? sponsor, CascadeStatistics.GroupStatistics[] replicates)
    {
        var measures = new Dictionary<string, CascadeMeasureSummary>();
        for (var m = 0; m < CascadeMeasures.All.Count; m++)
        {
            var measure = m;
            measures[CascadeMeasures.All[m].Name] = new CascadeMeasureSummary(
                CascadeSummary.Over(replicates.Select(r => r.Mean[measure])), CascadeSummary.Over(replicates.Select(r => r.Median[measure])),
                CascadeSummary.Over(replicates.Select(r => r.P90[measure])), CascadeSummary.Over(replicates.Select(r => r.P99[measure])));
        }

        return new CascadeGroupSummary(narrative, sponsor, SummaryStatistics.Of(replicates.Select(r => (double)r.Count).ToArray(), 0),
            measures, CascadeSummary.Over(replicates.Select(r => r.ShareAbove100), 1), CascadeSummary.Over(replicates.Select(r => r.ShareAbove1000), 1));
    }
}

/// <summary>A measure's distribution within a replicate, each statistic over replicates; null where no replicate had a cascade it applies to.</summary>
public sealed record CascadeMeasureSummary(
    [property: JsonProperty("mean", Order = 1)] SummaryStatistics? Mean,
    [property: JsonProperty("median", Order = 2)] SummaryStatistics? Median,
    [property: JsonProperty("p90", Order = 3)] SummaryStatistics? P90,
    [property: JsonProperty("p99", Order = 4)] SummaryStatistics? P99);

/// <summary>A narrative's cascade distributions, point by point over replicates.</summary>
public sealed record CascadeCurves(
    [property: JsonProperty("narrative", Order = 1)] string Narrative,
    [property: JsonProperty("sizeCcdf", Order = 2)] IReadOnlyList<CurvePoint> SizeCcdf,
    [property: JsonProperty("depthCcdf", Order = 3)] IReadOnlyList<CurvePoint> DepthCcdf,
    [property: JsonProperty("viralityBySize", Order = 4)] IReadOnlyList<CurvePoint> ViralityBySize)
{
    internal static CascadeCurves Of(string narrative, CascadeStatistics.NarrativeCurves[] replicates) =>
        new(narrative,
            Points(CascadeStatistics.SizePoints, k => replicates.Select(r => r.SizeCcdf[k]), 1),
            Points(CascadeStatistics.DepthPoints, k => replicates.Select(r => r.DepthCcdf[k]), 1),
            Points(CascadeStatistics.ViralityClasses, k => replicates.Select(r => r.ViralityBySize[k]), null));

    /// <summary>The points where some replicate has a value, up to the last where the mean is above zero.</summary>
    private static CurvePoint[] Points(int[] x, Func<int, IEnumerable<double>> values, double? maximum)
    {
        var points = new List<CurvePoint>();
        for (var k = 0; k < x.Length; k++)
        {
            if (CascadeSummary.Over(values(k), maximum) is { } statistics) points.Add(new CurvePoint(x[k], statistics));
        }

        while (points.Count > 0 && points[^1].Value.Mean == 0) points.RemoveAt(points.Count - 1);
        return [.. points];
    }
}

/// <summary>A point of a distribution: x and the value over replicates.</summary>
public sealed record CurvePoint(
    [property: JsonProperty("x", Order = 1)] double X,
    [property: JsonProperty("value", Order = 2)] SummaryStatistics Value);
