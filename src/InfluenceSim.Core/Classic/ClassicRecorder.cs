using InfluenceSim.Output;

namespace InfluenceSim.Classic;

/// <summary>The series of one replicate of a classic model: each metric for everyone and per segment, at every step.</summary>
public sealed class ClassicRecorder : ISeriesRecording
{
    private readonly double[,] _values;

    public ClassicRecorder(int replicate, IReadOnlyList<SeriesKey> series, int steps)
    {
        Replicate = replicate;
        Series = series;
        _values = new double[steps + 1, series.Count];
    }

    public int Replicate { get; }

    public IReadOnlyList<SeriesKey> Series { get; }

    public int StepsRecorded { get; private set; }

    public double ValueAt(int step, int series) => _values[step, series];

    /// <summary>Records the next step: one value per series, in series order.</summary>
    public void Record(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < Series.Count; i++) _values[StepsRecorded, i] = values[i];
        StepsRecorded++;
    }
}
