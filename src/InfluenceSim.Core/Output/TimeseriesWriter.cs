using System.Globalization;
using InfluenceSim.Simulation;

namespace InfluenceSim.Output;

/// <summary>Writes timeseries.csv in tidy long format: replicate,step,metric,narrative,segment,platform,value.</summary>
public static class TimeseriesWriter
{
    public const string Header = "replicate,step,metric,narrative,segment,platform,value";

    public static void Write(TextWriter writer, SimulationModel model, IReadOnlyList<MetricsRecorder> replicates)
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
                    if (key.Narrative >= 0) writer.Write(model.NarrativeIds[key.Narrative]);
                    writer.Write(',');
                    if (key.Segment >= 0) writer.Write(model.SegmentIds[key.Segment]);
                    writer.Write(',');
                    if (key.Platform >= 0) writer.Write(model.PlatformIds[key.Platform]);
                    writer.Write(',');
                    writer.WriteLine(recorder.ValueAt(step, i).ToString("R", CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
