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
        using (var writer = new StreamWriter(Path.Combine(folder, TimeseriesFile), false, new UTF8Encoding(false), 1 << 16))
        {
            TimeseriesWriter.Write(writer, model, replicates);
        }

        using (var writer = new StreamWriter(Path.Combine(folder, OutcomesWriter.FileName), false, new UTF8Encoding(false)))
        {
            OutcomesWriter.Write(writer, model, replicates);
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
