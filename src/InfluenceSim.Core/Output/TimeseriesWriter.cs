using System.Globalization;
using InfluenceSim.Simulation;

namespace InfluenceSim.Output;

/// <summary>Writes timeseries.csv in tidy long format: replicate,step,metric,narrative,segment,platform,value.</summary>
public static class TimeseriesWriter
{
    public const string Header = "replicate,step,metric,narrative,segment,platform,value";

    public static void Write(TextWriter writer, SimulationModel model, IReadOnlyList<MetricsRecorder> replicates)
    {
        ArgumentNullException.ThrowIfNull(model);
        Write(writer, model.NarrativeIds, model.SegmentIds, model.PlatformIds, replicates);
    }

    /// <param name="writer">Where the table goes.</param>
    /// <param name="narratives">Names of the narratives that series keys number.</param>
    /// <param name="segments">Names of the segments.</param>
    /// <param name="platforms">Names of the platforms.</param>
    /// <param name="replicates">The recordings, in replicate order.</param>
    public static void Write(TextWriter writer, IReadOnlyList<string> narratives, IReadOnlyList<string> segments, IReadOnlyList<string> platforms,
        IReadOnlyList<ISeriesRecording> replicates)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        foreach (var recorder in replicates)
        {
            for (var step = 0; step < recorder.StepsRecorded; step++)
            {
                for (var i = 0; i < recorder.Series.Count; i++)
                {
                    var key = recorder.Series[i];
                    writer.Write(recorder.Replicate.ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(step.ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(key.Metric);
                    writer.Write(',');
                    if (key.Narrative >= 0) writer.Write(narratives[key.Narrative]);
                    writer.Write(',');
                    if (key.Segment >= 0) writer.Write(segments[key.Segment]);
                    writer.Write(',');
                    if (key.Platform >= 0) writer.Write(platforms[key.Platform]);
                    writer.Write(',');
                    writer.WriteLine(recorder.ValueAt(step, i).ToString("R", CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
