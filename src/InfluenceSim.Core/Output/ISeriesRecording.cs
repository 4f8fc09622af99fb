namespace InfluenceSim.Output;

/// <summary>The time series of one replicate, as timeseries.csv writes them.</summary>
public interface ISeriesRecording
{
    int Replicate { get; }

    IReadOnlyList<SeriesKey> Series { get; }

    /// <summary>Step 0 and every step run.</summary>
    int StepsRecorded { get; }

    /// <summary>The value of a series at a step (a state, or for flows what happened during the step).</summary>
    double ValueAt(int step, int series);
}
