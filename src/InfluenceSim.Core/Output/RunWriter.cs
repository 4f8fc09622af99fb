using System.Text;
using InfluenceSim.Simulation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Output;

/// <summary>Writes the files of a run (MODEL.md section 7, and outcomes.csv) into a folder.</summary>
public static class RunWriter
{
    public const string TimeseriesFile = "timeseries.csv";
    public const string SummaryFile = "summary.json";
    public const string ManifestFile = "manifest.json";

    public static void Write(string folder, SimulationModel model, IReadOnlyList<MetricsRecorder> replicates, JObject summary, JObject manifest)
    {
        ArgumentNullException.ThrowIfNull(model);
        Write(folder, w => TimeseriesWriter.Write(w, model, replicates), w => OutcomesWriter.Write(w, model, replicates), summary, manifest);
    }

    /// <summary>Writes the four files of a run, the two tables through the given writers.</summary>
    public static void Write(string folder, Action<TextWriter> timeseries, Action<TextWriter> outcomes, JObject summary, JObject manifest)
    {
        ArgumentNullException.ThrowIfNull(timeseries);
        ArgumentNullException.ThrowIfNull(outcomes);
        using (var writer = new StreamWriter(Path.Combine(folder, TimeseriesFile), false, new UTF8Encoding(false), 1 << 16))
        {
            timeseries(writer);
        }

        using (var writer = new StreamWriter(Path.Combine(folder, OutcomesWriter.FileName), false, new UTF8Encoding(false)))
        {
            outcomes(writer);
        }

        WriteJson(Path.Combine(folder, SummaryFile), summary);
        WriteJson(Path.Combine(folder, ManifestFile), manifest);
    }

    private static void WriteJson(string path, JToken token)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2 };
        token.WriteTo(json);
        writer.WriteLine();
    }
}
