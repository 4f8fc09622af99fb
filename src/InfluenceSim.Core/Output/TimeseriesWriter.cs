using System.Globalization;
using InfluenceSim.Metrics;

namespace InfluenceSim.Output;

/// <summary>Writes timeseries.csv in tidy long format: replicate,step,metric,narrative,segment,platform,value.</summary>
public static class TimeseriesWriter
{
    public const string FileName = "timeseries.csv";
    public const string Header = "replicate,step,metric,narrative,segment,platform,value";

    /// <summary>The metric, narrative, segment and platform cells of a series, comma-separated (empty for all).</summary>
    public static string Columns(RunLayout layout, SeriesKey key)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return string.Join(',', key.Metric.Name, layout.NameOf(Slices.Narrative, key.Narrative), layout.NameOf(Slices.Segment, key.Segment),
            layout.NameOf(Slices.Platform, key.Platform));
    }

    /// <summary>Every series in the timeseries (those without a language), replicate by replicate, step by step.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<SeriesRecording> recordings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(recordings);
        writer.WriteLine(Header);
        foreach (var recording in recordings)
        {
            var layout = recording.Layout;
            var prefixes = layout.Series.Select(key => key.InTimeseries ? Columns(layout, key) + "," : null).ToArray();
            var replicate = recording.Replicate.ToString(CultureInfo.InvariantCulture) + ",";
            for (var step = 0; step < recording.StepsRecorded; step++)
            {
                var stepText = step.ToString(CultureInfo.InvariantCulture) + ",";
                for (var series = 0; series < prefixes.Length; series++)
                {
                    if (prefixes[series] is not { } prefix) continue;
                    writer.Write(replicate);
                    writer.Write(stepText);
                    writer.Write(prefix);
                    writer.WriteLine(recording.ValueAt(step, series).ToString("R", CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
