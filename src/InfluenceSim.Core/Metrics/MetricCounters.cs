namespace InfluenceSim.Metrics;

/// <summary>
/// What a replicate has counted so far, one <see cref="Counter"/> per metric its model has. The model counts
/// where things happen; the recorder reads the counters after every step.
/// </summary>
public sealed class MetricCounters
{
    private readonly RunLayout _layout;
    private readonly double[][] _cells;

    public MetricCounters(RunLayout layout)
    {
        _layout = layout ?? throw new ArgumentNullException(nameof(layout));
        _cells = layout.Metrics.Select(m => new double[CellCount(layout, m)]).ToArray();
    }

    /// <summary>The counter of a metric of this model.</summary>
    public Counter For(MetricDefinition metric)
    {
        var (narrative, segment, platform, language) = Strides(_layout, metric);
        return new Counter(_cells[MetricIndex(metric)], narrative, segment, platform, language);
    }

    /// <summary>A series' value now: the cells it covers added up (a flow's running total, a stock's state).</summary>
    public double Total(SeriesKey key)
    {
        var cells = _cells[MetricIndex(key.Metric)];
        double total = 0;
        foreach (var cell in CellsOf(_layout, key)) total += cells[cell];
        return key.Metric.Aggregate == Aggregate.MeanPerNode ? total / NodesOf(_layout, key) : total;
    }

    /// <summary>Adds another set of counters of the same layout to these (a thread's share of a step), and zeroes it.</summary>
    public void Absorb(MetricCounters share)
    {
        ArgumentNullException.ThrowIfNull(share);
        for (var m = 0; m < _cells.Length; m++)
        {
            var target = _cells[m];
            var source = share._cells[m];
            for (var i = 0; i < target.Length; i++)
            {
                target[i] += source[i];
                source[i] = 0;
            }
        }
    }

    internal double[] Cells(MetricDefinition metric) => _cells[MetricIndex(metric)];

    /// <summary>The cells of a metric that a series covers.</summary>
    internal static int[] CellsOf(RunLayout layout, SeriesKey key)
    {
        var metric = key.Metric;
        var (ns, ss, ps, ls) = Strides(layout, metric);
        var cells = new List<int>();
        foreach (var n in Values(layout, metric, Slices.Narrative, key.Narrative))
        {
            foreach (var s in Values(layout, metric, Slices.Segment, key.Segment))
            {
                foreach (var p in Values(layout, metric, Slices.Platform, key.Platform))
                {
                    foreach (var l in Values(layout, metric, Slices.Language, key.Language)) cells.Add(n * ns + s * ss + p * ps + l * ls);
                }
            }
        }

        return [.. cells];
    }

    /// <summary>The nodes a series covers, for metrics that are means per node.</summary>
    internal static double NodesOf(RunLayout layout, SeriesKey key) =>
        Math.Max(1, key.Segment < 0 ? layout.Population : layout.SegmentSizes[key.Segment]);

    private int MetricIndex(MetricDefinition metric)
    {
        for (var i = 0; i < _layout.Metrics.Count; i++)
        {
            if (ReferenceEquals(_layout.Metrics[i], metric)) return i;
        }

        throw new ArgumentException($"the {_layout.Model} model does not count '{metric.Name}'", nameof(metric));
    }

    private static IEnumerable<int> Values(RunLayout layout, MetricDefinition metric, Slices slice, int chosen) =>
        !metric.Has(slice) ? [0] : chosen >= 0 ? [chosen] : Enumerable.Range(0, layout.Size(slice));

    private static int CellCount(RunLayout layout, MetricDefinition metric)
    {
        var count = 1;
        foreach (var slice in new[] { Slices.Narrative, Slices.Segment, Slices.Platform, Slices.Language })
        {
            if (metric.Has(slice)) count *= layout.Size(slice);
        }

        return count;
    }

    /// <summary>Row-major strides in the order narrative, segment, platform, language; 0 for a slice the metric lacks.</summary>
    private static (int Narrative, int Segment, int Platform, int Language) Strides(RunLayout layout, MetricDefinition metric)
    {
        int Stride(Slices slice, int inner) => metric.Has(slice) ? inner : 0;
        var language = Stride(Slices.Language, 1);
        var afterLanguage = metric.Has(Slices.Language) ? layout.Size(Slices.Language) : 1;
        var platform = Stride(Slices.Platform, afterLanguage);
        var afterPlatform = afterLanguage * (metric.Has(Slices.Platform) ? layout.Size(Slices.Platform) : 1);
        var segment = Stride(Slices.Segment, afterPlatform);
        var afterSegment = afterPlatform * (metric.Has(Slices.Segment) ? layout.Size(Slices.Segment) : 1);
        return (Stride(Slices.Narrative, afterSegment), segment, platform, language);
    }
}
