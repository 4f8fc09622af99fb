using InfluenceSim.Cascades;
using InfluenceSim.Parallelism;

namespace InfluenceSim.Metrics;

/// <summary>
/// The one recorder: every series of a replicate, read from its counters at step 0 and after every step. Flows
/// are kept as running totals; <see cref="ValueAt"/> gives what happened during a step.
/// </summary>
public sealed class SeriesRecording
{
    private readonly RunLayout _layout;
    private readonly int[][] _cells;
    private readonly MetricDefinition[] _metrics;
    private readonly double[] _divisors;
    private readonly double[] _values;
    private readonly int _seriesCount;

    public SeriesRecording(RunLayout layout, int replicate, int steps)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        _layout = layout;
        Replicate = replicate;
        _seriesCount = layout.Series.Count;
        _cells = layout.Series.Select(key => MetricCounters.CellsOf(layout, key)).ToArray();
        _metrics = layout.Series.Select(key => key.Metric).ToArray();
        _divisors = layout.Series.Select(key => key.Metric.Aggregate == Aggregate.MeanPerNode ? MetricCounters.NodesOf(layout, key) : 1).ToArray();
        _values = new double[checked((steps + 1) * _seriesCount)];
    }

    /// <summary>A recording made elsewhere (read back from timeseries.csv): per step, per series, the values as written.</summary>
    public static SeriesRecording FromValues(RunLayout layout, int replicate, double[,] perStepValues)
    {
        ArgumentNullException.ThrowIfNull(perStepValues);
        var steps = perStepValues.GetLength(0) - 1;
        var recording = new SeriesRecording(layout, replicate, steps);
        for (var series = 0; series < recording._seriesCount; series++)
        {
            double total = 0;
            for (var step = 0; step <= steps; step++)
            {
                var value = perStepValues[step, series];
                total = layout.Series[series].Metric.IsFlow ? total + value : value;
                recording._values[step * recording._seriesCount + series] = total;
            }
        }

        recording.StepsRecorded = steps + 1;
        return recording;
    }

    public RunLayout Layout => _layout;

    public int Replicate { get; }

    /// <summary>Step 0 and every step run so far.</summary>
    public int StepsRecorded { get; private set; }

    /// <summary>The replicate's cascades at its end, for models with posts; not kept in timeseries.csv.</summary>
    public CascadeStatistics? Cascades { get; private set; }

    /// <summary>The last step recorded.</summary>
    public int LastStep => StepsRecorded - 1;

    /// <summary>Reads every series from the counters as the next step.</summary>
    public void Record(MetricCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        var offset = StepsRecorded * _seriesCount;
        for (var series = 0; series < _seriesCount; series++)
        {
            var cells = counters.Cells(_metrics[series]);
            double total = 0;
            foreach (var cell in _cells[series]) total += cells[cell];
            _values[offset + series] = total / _divisors[series];
        }

        StepsRecorded++;
    }

    /// <summary>Reduces the replicate's cascades to their statistics, grouped by the layout's narratives and sponsors.</summary>
    /// <param name="cascades">The replicate's cascades.</param>
    /// <param name="workers">Threads the statistics may be computed on; they are the same on any number.</param>
    public void RecordCascades(IReadOnlyList<Cascade> cascades, Workers workers = default)
    {
        ArgumentNullException.ThrowIfNull(cascades);
        var sponsors = _layout.Sponsors.ToList();
        Cascades = CascadeStatistics.Of(cascades, _layout.Narratives.Select(n => sponsors.IndexOf(n.Sponsor)).ToArray(), sponsors.Count, workers);
    }

    /// <summary>The value at a step: the state at its end, or for flows what happened during it (0 at step 0).</summary>
    public double ValueAt(int step, int series)
    {
        var value = CumulativeAt(step, series);
        if (!_metrics[series].IsFlow) return value;
        return step == 0 ? 0 : value - CumulativeAt(step - 1, series);
    }

    /// <summary>A flow's running total, or a stock's state, at a step.</summary>
    public double CumulativeAt(int step, int series) => _values[step * _seriesCount + series];

    /// <summary>A stock's state, or a flow's total, at the last step.</summary>
    public double Final(SeriesKey key) => CumulativeAt(LastStep, IndexOf(key));

    /// <summary>The largest value over the steps (for flows, of the per-step values).</summary>
    public double Peak(SeriesKey key)
    {
        var series = IndexOf(key);
        var peak = double.NegativeInfinity;
        for (var step = 0; step < StepsRecorded; step++) peak = Math.Max(peak, ValueAt(step, series));
        return peak;
    }

    /// <summary>The per-step values of a series.</summary>
    public double[] Values(SeriesKey key)
    {
        var series = IndexOf(key);
        var values = new double[StepsRecorded];
        for (var step = 0; step < StepsRecorded; step++) values[step] = ValueAt(step, series);
        return values;
    }

    private int IndexOf(SeriesKey key)
    {
        var series = _layout.IndexOf(key);
        return series >= 0 ? series : throw new ArgumentException($"this run records no series {key}", nameof(key));
    }
}
