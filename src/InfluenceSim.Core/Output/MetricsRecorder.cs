using InfluenceSim.Simulation;

namespace InfluenceSim.Output;

/// <summary>
/// Records every series of one replicate after each step, from the world's counters. Flows are stored as
/// cumulative totals; <see cref="ValueAt"/> turns them into per-step values.
/// </summary>
public sealed class MetricsRecorder : IWorldObserver, ISeriesRecording
{
    private readonly long[,] _cumulative;
    private int _recorded;

    public MetricsRecorder(SimulationModel model, int replicate)
    {
        ArgumentNullException.ThrowIfNull(model);
        Replicate = replicate;
        Series = SeriesFor(model);
        _cumulative = new long[model.Steps + 1, Series.Count];
        LanguageImpressions = new long[model.LanguageIds.Length];
        LanguageExposures = new long[model.LanguageIds.Length];
    }

    public int Replicate { get; }

    public IReadOnlyList<SeriesKey> Series { get; }

    public int StepsRecorded => _recorded;

    /// <summary>Impressions by language up to the last step observed.</summary>
    public long[] LanguageImpressions { get; }

    /// <summary>Exposures by language up to the last step observed.</summary>
    public long[] LanguageExposures { get; }

    /// <summary>
    /// The series of a model: per narrative the totals, per segment and (for reads and posts) per platform; with
    /// moderation, its actions on cascades per narrative and platform and on accounts per platform.
    /// </summary>
    public static IReadOnlyList<SeriesKey> SeriesFor(SimulationModel model)
    {
        var series = new List<SeriesKey>();
        var segments = model.SegmentIds.Length;
        var platforms = model.PlatformIds.Length;
        for (var n = 0; n < model.NarrativeIds.Length; n++)
        {
            foreach (var metric in new[] { Metrics.Aware, Metrics.Believers, Metrics.Impressions, Metrics.Exposures, Metrics.Posts, Metrics.Reshares })
            {
                series.Add(new SeriesKey(metric, n, -1, -1));
                if (metric is not (Metrics.Posts or Metrics.Reshares))
                {
                    for (var s = 0; s < segments; s++) series.Add(new SeriesKey(metric, n, s, -1));
                }

                if (metric is not (Metrics.Aware or Metrics.Believers))
                {
                    for (var p = 0; p < platforms; p++) series.Add(new SeriesKey(metric, n, -1, p));
                }
            }
        }

        if (model.HasModeration) AddModerationSeries(model, series);
        return series;
    }

    private static void AddModerationSeries(SimulationModel model, List<SeriesKey> series)
    {
        foreach (var metric in Metrics.ModeratedCascades)
        {
            for (var n = -1; n < model.NarrativeIds.Length; n++)
            {
                for (var p = -1; p < model.PlatformIds.Length; p++) series.Add(new SeriesKey(metric, n, -1, p));
            }
        }

        foreach (var metric in Metrics.ModeratedAccounts)
        {
            for (var p = -1; p < model.PlatformIds.Length; p++) series.Add(new SeriesKey(metric, -1, -1, p));
        }
    }

    public void Observe(World world)
    {
        var counters = world.Counters;
        for (var i = 0; i < Series.Count; i++)
        {
            _cumulative[_recorded, i] = Total(counters, Series[i]);
        }

        Array.Copy(counters.ImpressionsByLanguage, LanguageImpressions, LanguageImpressions.Length);
        Array.Copy(counters.ExposuresByLanguage, LanguageExposures, LanguageExposures.Length);
        _recorded++;
    }

    /// <summary>The value at a step: the state at its end, or for flows what happened during it (0 at step 0).</summary>
    public double ValueAt(int step, int series)
    {
        var value = _cumulative[step, series];
        if (Metrics.IsFlow(Series[series].Metric)) value -= step == 0 ? value : _cumulative[step - 1, series];
        return value;
    }

    /// <summary>The cumulative total of a flow, or the state of a stock, at a step.</summary>
    public long CumulativeAt(int step, int series) => _cumulative[step, series];

    public int IndexOf(SeriesKey key)
    {
        for (var i = 0; i < Series.Count; i++)
        {
            if (Series[i] == key) return i;
        }

        throw new ArgumentException($"no series {key}", nameof(key));
    }

    private static long Total(WorldCounters counters, SeriesKey key) => key.Metric switch
    {
        Metrics.Aware => SumOverSegments(counters, counters.Aware, key),
        Metrics.Believers => SumOverSegments(counters, counters.Believers, key),
        Metrics.Impressions => SumOverSegmentsAndPlatforms(counters, counters.Impressions, key),
        Metrics.Exposures => SumOverSegmentsAndPlatforms(counters, counters.Exposures, key),
        Metrics.Posts => SumOverNarrativesAndPlatforms(counters, counters.Posts, key),
        Metrics.Reshares => SumOverNarrativesAndPlatforms(counters, counters.Reshares, key),
        Metrics.Flagged => SumOverNarrativesAndPlatforms(counters, counters.Flagged, key),
        Metrics.RemovedFalsehood => SumOverNarrativesAndPlatforms(counters, counters.RemovedFalsehood, key),
        Metrics.RemovedOther => SumOverNarrativesAndPlatforms(counters, counters.RemovedOther, key),
        Metrics.Labelled => SumOverNarrativesAndPlatforms(counters, counters.Labelled, key),
        Metrics.LabelledAccounts => SumOverPlatforms(counters.LabelledAccounts, key),
        Metrics.BannedActorAccounts => SumOverPlatforms(counters.BannedActorAccounts, key),
        Metrics.BannedGenuineAccounts => SumOverPlatforms(counters.BannedGenuineAccounts, key),
        Metrics.RecreatedAccounts => SumOverPlatforms(counters.RecreatedAccounts, key),
        Metrics.CircuitBreakerTrips => SumOverPlatforms(counters.CircuitBreakerTrips, key),
        Metrics.ReviewBacklog => SumOverPlatforms(counters.ReviewBacklog, key),
        _ => throw new ArgumentException($"unknown metric '{key.Metric}'", nameof(key)),
    };

    private static long SumOverSegments(WorldCounters counters, long[] values, SeriesKey key)
    {
        long total = 0;
        for (var s = 0; s < counters.Segments; s++)
        {
            if (key.Segment < 0 || s == key.Segment) total += values[counters.NarrativeSegment(key.Narrative, s)];
        }

        return total;
    }

    private static long SumOverNarrativesAndPlatforms(WorldCounters counters, long[] values, SeriesKey key)
    {
        long total = 0;
        for (var n = 0; n < counters.Narratives; n++)
        {
            for (var p = 0; p < counters.Platforms; p++)
            {
                if ((key.Narrative < 0 || n == key.Narrative) && (key.Platform < 0 || p == key.Platform))
                {
                    total += values[counters.NarrativePlatform(n, p)];
                }
            }
        }

        return total;
    }

    private static long SumOverPlatforms(long[] values, SeriesKey key)
    {
        long total = 0;
        for (var p = 0; p < values.Length; p++)
        {
            if (key.Platform < 0 || p == key.Platform) total += values[p];
        }

        return total;
    }

    private static long SumOverSegmentsAndPlatforms(WorldCounters counters, long[] values, SeriesKey key)
    {
        long total = 0;
        for (var s = 0; s < counters.Segments; s++)
        {
            for (var p = 0; p < counters.Platforms; p++)
            {
                if ((key.Segment < 0 || s == key.Segment) && (key.Platform < 0 || p == key.Platform))
                {
                    total += values[counters.NarrativeSegmentPlatform(key.Narrative, s, p)];
                }
            }
        }

        return total;
    }
}
