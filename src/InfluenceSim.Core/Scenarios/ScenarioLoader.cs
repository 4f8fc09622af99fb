using System.Security.Cryptography;
using System.Text;
using InfluenceSim.Networks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// Reads, binds and checks a scenario file and everything it refers to, and works out the scenario as each
/// event leaves it. Either returns a scenario that can run or throws a <see cref="ScenarioException"/>
/// listing every error.
/// </summary>
public static class ScenarioLoader
{
    public static LoadedScenario Load(string path, ScenarioOverrides? overrides = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException([new ScenarioError(path, 0, 0, "", $"cannot read the scenario file: {e.Message}")]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Parse(text, path, directory, overrides);
    }

    /// <param name="json">The scenario text.</param>
    /// <param name="fileName">The name errors give for the scenario.</param>
    /// <param name="baseDirectory">Where relative paths in the scenario (edge lists) start from.</param>
    /// <param name="overrides">Command-line settings that replace the file's.</param>
    public static LoadedScenario Parse(string json, string fileName, string baseDirectory, ScenarioOverrides? overrides = null)
    {
        var sources = new StringBuilder(json);
        var root = ScenarioInheritance.Resolve(ParseJson(json, fileName), fileName, baseDirectory, sources, ParseBaseFile);
        ApplyOverrides(root, overrides ?? ScenarioOverrides.None);
        var errors = new ErrorSink(fileName, root);
        var scenario = new ScenarioBinder(errors).BindObject<Scenario>(root);
        ScenarioValidator.Validate(scenario, errors);
        var edgeLists = ReadEdgeLists(scenario, baseDirectory, errors);
        var timeline = BuildTimeline(root, scenario, errors);
        if (errors.HasErrors) throw new ScenarioException(errors.Errors);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sources.ToString())));
        return new LoadedScenario(scenario, timeline, edgeLists, fileName, hash, root);
    }

    private static JObject ParseBaseFile(string path)
    {
        try
        {
            return ParseJson(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException([new ScenarioError(path, 0, 0, "", $"cannot read the base scenario: {e.Message}")]);
        }
    }

    private static JObject ParseJson(string json, string fileName)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json));
            var settings = new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            };
            var token = JToken.ReadFrom(reader, settings);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new JsonReaderException("unexpected content after the scenario object", reader.Path, reader.LineNumber, reader.LinePosition, null);
            }

            if (token is not JObject scenario)
            {
                throw new ScenarioException([new ScenarioError(fileName, 1, 1, "", "a scenario must be one JSON object")]);
            }

            if (scenario.Descendants().FirstOrDefault(t => t.Type == JTokenType.Undefined) is { } missing)
            {
                var info = (IJsonLineInfo)missing;
                throw new ScenarioException([new ScenarioError(fileName, info.LineNumber, info.LinePosition, missing.Path, "not valid JSON: a value is missing")]);
            }

            return scenario;
        }
        catch (JsonReaderException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(". Path '", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            throw new ScenarioException([new ScenarioError(fileName, e.LineNumber, e.LinePosition, e.Path ?? "", $"not valid JSON: {message}")]);
        }
    }

    private static void ApplyOverrides(JObject root, ScenarioOverrides overrides)
    {
        if (overrides.Seed is { } seed) root["seed"] = seed;
        if (overrides.Steps is { } steps) root["steps"] = steps;
        if (overrides.Replicates is { } replicates) root["replicates"] = replicates;
    }

    private static Dictionary<string, EdgeListData> ReadEdgeLists(Scenario scenario, string baseDirectory, ErrorSink errors)
    {
        var result = new Dictionary<string, EdgeListData>();
        var agentCount = (int)Math.Min(int.MaxValue, scenario.Segments.Sum(s => (long)s.Size));
        var platforms = scenario.Platforms.Select(p => p.Id).ToHashSet();
        var networks = new List<(string JsonPath, NetworkSpec Spec)> { ("network", scenario.Network) };
        networks.AddRange(scenario.Platforms.Select((p, i) => ($"platforms[{i}].network", p.Network)).Where(n => n.Network is not null)!);
        foreach (var (jsonPath, spec) in networks)
        {
            if (spec.Model != NetworkModels.EdgeList || spec.Path is null || result.ContainsKey(spec.Path)) continue;
            var file = Path.Combine(baseDirectory, spec.Path);
            if (!File.Exists(file))
            {
                errors.AtPath($"{jsonPath}.path", $"the edge list file '{file}' does not exist");
                continue;
            }

            var lineErrors = new List<EdgeListReader.LineError>();
            using (var reader = new StreamReader(file))
            {
                result[spec.Path] = EdgeListReader.Read(reader, agentCount, platforms, lineErrors);
            }

            foreach (var error in lineErrors)
            {
                errors.AtFileLine(file, error.Line, 1, error.Message);
            }
        }

        return result;
    }

    private static List<ScheduledState> BuildTimeline(JObject root, Scenario scenario, ErrorSink errors)
    {
        var timeline = new List<ScheduledState>();
        if (errors.HasErrors || root["events"] is not JArray eventTokens) return timeline;
        var current = (JObject)root.DeepClone();
        current.Remove("events");
        var order = Enumerable.Range(0, scenario.Events.Count).OrderBy(i => scenario.Events[i].AtStep).ToList();
        foreach (var group in order.GroupBy(i => scenario.Events[i].AtStep))
        {
            foreach (var index in group)
            {
                foreach (var property in scenario.Events[index].Set.Properties())
                {
                    var path = EventPath.Parse(property.Name);
                    var problem = path.StructuralConflict() ?? path.ApplyTo(current, property.Value);
                    if (problem is not null) errors.At(property, problem);
                }
            }

            var setToken = eventTokens[group.First()]["set"] ?? eventTokens[group.First()];
            var eventErrors = errors.RedirectedTo(setToken, current, $"the event at step {group.Key}");
            var state = new ScenarioBinder(eventErrors).BindObject<Scenario>(current.DeepClone());
            ScenarioValidator.Validate(state, eventErrors);
            timeline.Add(new ScheduledState(group.Key, state));
        }

        return timeline;
    }
}
