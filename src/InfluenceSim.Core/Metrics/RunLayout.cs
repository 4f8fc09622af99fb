namespace InfluenceSim.Metrics;

/// <summary>
/// The shape of a run's results: the names of its narratives, segments, platforms and languages, the metrics its
/// model counts, and the series recorded from them. Shared by the counters, the recorder, the writers, the summary
/// and the figures, so that they agree on what exists.
/// </summary>
public sealed class RunLayout
{
    /// <param name="model">The scenario's model.</param>
    /// <param name="metrics">The metrics the model counts (kept in catalogue order).</param>
    public RunLayout(string model, IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<NarrativeInfo> narratives, IReadOnlyList<string> segments, IReadOnlyList<long> segmentSizes,
        IReadOnlyList<string> platforms, IReadOnlyList<string> languages, bool moderation)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(segmentSizes);
        if (segments.Count != segmentSizes.Count) throw new ArgumentException("one size per segment", nameof(segmentSizes));
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Narratives = narratives ?? throw new ArgumentNullException(nameof(narratives));
        Segments = segments;
        SegmentSizes = segmentSizes;
        Platforms = platforms ?? throw new ArgumentNullException(nameof(platforms));
        Languages = languages ?? throw new ArgumentNullException(nameof(languages));
        HasModeration = moderation;
        Population = segmentSizes.Sum();
        Sponsors = narratives.Select(n => n.Sponsor).Distinct().ToArray();
        ArgumentNullException.ThrowIfNull(metrics);
        Metrics = MetricCatalogue.All.Where(metrics.Contains).ToArray();
        RecordedMetrics = Metrics.Where(m => !m.ModerationOnly || moderation).ToArray();
        Series = RecordedMetrics.SelectMany(SeriesOf).ToArray();
    }

    /// <summary>The scenario's model: "platform" or a classic model.</summary>
    public string Model { get; }

    public IReadOnlyList<NarrativeInfo> Narratives { get; }

    public IReadOnlyList<string> Segments { get; }

    public IReadOnlyList<long> SegmentSizes { get; }

    public IReadOnlyList<string> Platforms { get; }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>The distinct sponsors of the narratives, in order of first appearance.</summary>
    public IReadOnlyList<string> Sponsors { get; }

    public long Population { get; }

    /// <summary>True when some platform moderates at some step: the moderation metrics are recorded.</summary>
    public bool HasModeration { get; }

    /// <summary>Every metric the model counts (outcomes include moderation totals, zero without moderation).</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>The metrics recorded as series: all of <see cref="Metrics"/> but moderation ones when nothing moderates.</summary>
    public IReadOnlyList<MetricDefinition> RecordedMetrics { get; }

    /// <summary>
    /// Every recorded series. A narrative metric per narrative (and for all narratives when it adds up over them),
    /// each alone and by each value of one other slice; any other metric for all and by each value of each slice.
    /// </summary>
    public IReadOnlyList<SeriesKey> Series { get; }

    /// <summary>How many values a slice has (1 for none).</summary>
    public int Size(Slices slice) => slice switch
    {
        Slices.Narrative => Narratives.Count,
        Slices.Segment => Segments.Count,
        Slices.Platform => Platforms.Count,
        Slices.Language => Languages.Count,
        _ => 1,
    };

    /// <summary>The name of a slice's value, or null for all (-1).</summary>
    public string? NameOf(Slices slice, int index) => index < 0 ? null : slice switch
    {
        Slices.Narrative => Narratives[index].Id,
        Slices.Segment => Segments[index],
        Slices.Platform => Platforms[index],
        Slices.Language => Languages[index],
        _ => throw new ArgumentOutOfRangeException(nameof(slice)),
    };

    /// <summary>The position of a series, or -1 when the run does not record it.</summary>
    public int IndexOf(SeriesKey key)
    {
        for (var i = 0; i < Series.Count; i++)
        {
            if (Series[i] == key) return i;
        }

        return -1;
    }

    public int IndexOfNarrative(string id)
    {
        for (var n = 0; n < Narratives.Count; n++)
        {
            if (Narratives[n].Id == id) return n;
        }

        return -1;
    }

    private IEnumerable<SeriesKey> SeriesOf(MetricDefinition metric)
    {
        var others = new[] { Slices.Segment, Slices.Platform, Slices.Language }.Where(metric.Has).ToArray();
        var narratives = !metric.Has(Slices.Narrative)
            ? [-1]
            : Enumerable.Range(metric.TotalOverNarratives ? -1 : 0, Narratives.Count + (metric.TotalOverNarratives ? 1 : 0));
        foreach (var narrative in narratives)
        {
            yield return new SeriesKey(metric, narrative);
            foreach (var slice in others)
            {
                for (var i = 0; i < Size(slice); i++)
                {
                    yield return slice switch
                    {
                        Slices.Segment => new SeriesKey(metric, narrative, Segment: i),
                        Slices.Platform => new SeriesKey(metric, narrative, Platform: i),
                        _ => new SeriesKey(metric, narrative, Language: i),
                    };
                }
            }
        }
    }
}
