using System.Globalization;
using InfluenceSim.Output;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Plots.Results;

/// <summary>
/// A results folder read back: every series of timeseries.csv by replicate, summary.json and manifest.json, and
/// the scenario's names (from the manifest) in scenario order, so that colours follow the scenario.
/// </summary>
public sealed class RunResults
{
    private readonly Dictionary<(string Metric, string Narrative, string Segment, string Platform), double[][]> _series;

    private RunResults(string folder, JObject summary, JObject manifest, Dictionary<(string, string, string, string), double[][]> series, int replicates, int steps)
    {
        Folder = folder;
        Summary = summary;
        Manifest = manifest;
        _series = series;
        Replicates = replicates;
        Steps = steps;
        var scenario = manifest["scenario"] as JObject ?? [];
        Name = summary.Value<string>("scenario") ?? Path.GetFileName(folder);
        Description = scenario.Value<string>("description") ?? "";
        StepHours = scenario.Value<double?>("stepHours") ?? summary.Value<double?>("stepHours") ?? 1;
        var narratives = Ids(scenario["narratives"]);
        Narratives = narratives.Length > 0 ? narratives : NamesIn(summary["narratives"]);
        Segments = Ids(scenario["segments"]);
        Platforms = Ids(scenario["platforms"]);
        Languages = scenario["languages"]?.Values<string>().OfType<string>().ToArray() ?? [];
        Model = scenario.Value<string>("model") ?? "platform";
        Metrics = series.Keys.Select(k => k.Item1).Distinct().ToArray();
        FalsehoodNarratives = (scenario["narratives"] as JArray ?? []).OfType<JObject>().Where(n => n.Value<bool?>("falsehood") == true)
            .Select(n => n.Value<string>("id")!).ToArray();
    }

    public string Folder { get; }

    public JObject Summary { get; }

    public JObject Manifest { get; }

    public string Name { get; }

    public string Description { get; }

    public int Replicates { get; }

    /// <summary>The last step recorded (step 0 is the initial state).</summary>
    public int Steps { get; }

    public double StepHours { get; }

    public IReadOnlyList<string> Narratives { get; }

    public IReadOnlyList<string> Segments { get; }

    public IReadOnlyList<string> Platforms { get; }

    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<string> FalsehoodNarratives { get; }

    public bool HasModeration => Summary["moderation"] is JObject;

    /// <summary>The scenario's model: "platform" or a classic model.</summary>
    public string Model { get; }

    /// <summary>The metrics present in timeseries.csv, in order of first appearance.</summary>
    public IReadOnlyList<string> Metrics { get; }

    /// <summary>Reads a results folder; throws <see cref="InvalidDataException"/> naming the file and line when it is not one.</summary>
    public static RunResults Load(string folder)
    {
        var summary = ReadJson(Path.Combine(folder, RunWriter.SummaryFile));
        var manifest = ReadJson(Path.Combine(folder, RunWriter.ManifestFile));
        var (series, replicates, steps) = ReadTimeseries(Path.Combine(folder, RunWriter.TimeseriesFile));
        return new RunResults(folder, summary, manifest, series, replicates, steps);
    }

    /// <summary>A series by replicate ([replicate][step]); "" for all narratives, segments or platforms. Zeros when absent.</summary>
    public double[][] Series(string metric, string narrative = "", string segment = "", string platform = "") =>
        _series.TryGetValue((metric, narrative, segment, platform), out var values)
            ? values
            : Enumerable.Range(0, Replicates).Select(_ => new double[Steps + 1]).ToArray();

    private static string[] Ids(JToken? list) =>
        (list as JArray ?? []).OfType<JObject>().Select(o => o.Value<string>("id")).OfType<string>().ToArray();

    private static string[] NamesIn(JToken? obj) => (obj as JObject)?.Properties().Select(p => p.Name).ToArray() ?? [];

    private static JObject ReadJson(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing: is this a results folder written by 'influencesim run'?");
        try
        {
            return JObject.Parse(File.ReadAllText(path));
        }
        catch (Newtonsoft.Json.JsonReaderException e)
        {
            throw new InvalidDataException($"{path}:{e.LineNumber}: not valid JSON ({e.Message})");
        }
    }

    /// <summary>
    /// Reads timeseries.csv in one pass. Rows come replicate by replicate and step by step (as the writer writes them),
    /// so each series' values arrive in step order; only the key part of a line is kept as a string.
    /// </summary>
    private static (Dictionary<(string, string, string, string), double[][]>, int, int) ReadTimeseries(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing: is this a results folder written by 'influencesim run'?");
        var byKey = new Dictionary<string, List<List<double>>>();
        var replicates = 0;
        var steps = 0;
        using (var reader = new StreamReader(path))
        {
            if (reader.ReadLine() != TimeseriesWriter.Header) throw new InvalidDataException($"{path}:1: the header is not '{TimeseriesWriter.Header}'");
            var lineNumber = 1;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                var first = line.IndexOf(',');
                var second = first < 0 ? -1 : line.IndexOf(',', first + 1);
                var last = line.LastIndexOf(',');
                if (second < 0 || last <= second ||
                    !int.TryParse(line.AsSpan(0, first), NumberStyles.Integer, CultureInfo.InvariantCulture, out var replicate) ||
                    !int.TryParse(line.AsSpan(first + 1, second - first - 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var step) ||
                    !double.TryParse(line.AsSpan(last + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ||
                    replicate < 0 || step < 0 || line.AsSpan(second + 1, last - second - 1).Count(',') != 3)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: expected replicate,step,metric,narrative,segment,platform,value");
                }

                var key = line.Substring(second + 1, last - second - 1);
                if (!byKey.TryGetValue(key, out var series)) byKey[key] = series = [];
                while (series.Count <= replicate) series.Add([]);
                var values = series[replicate];
                while (values.Count < step) values.Add(0);
                if (values.Count == step) values.Add(value);
                else values[step] = value;
                replicates = Math.Max(replicates, replicate + 1);
                steps = Math.Max(steps, step);
            }
        }

        var result = new Dictionary<(string, string, string, string), double[][]>();
        foreach (var (key, series) in byKey)
        {
            var parts = key.Split(',');
            result[(parts[0], parts[1], parts[2], parts[3])] = Enumerable.Range(0, replicates).Select(r =>
            {
                var values = new double[steps + 1];
                if (r < series.Count) series[r].CopyTo(0, values, 0, Math.Min(series[r].Count, values.Length));
                return values;
            }).ToArray();
        }

        return (result, replicates, steps);
    }
}
