using System.Security.Cryptography;
using System.Text;
using InfluenceSim.Networks;
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
        var (root, text) = JsonFile.Read(path, "scenario file");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Load(root, text, path, directory, overrides ?? ScenarioOverrides.None);
    }

    /// <param name="json">The scenario text.</param>
    /// <param name="fileName">The name errors give for the scenario.</param>
    /// <param name="baseDirectory">Where relative paths in the scenario (edge lists) start from.</param>
    /// <param name="overrides">Command-line settings that replace the file's.</param>
    public static LoadedScenario Parse(string json, string fileName, string baseDirectory, ScenarioOverrides? overrides = null) =>
        Load(JsonFile.Parse(json, fileName, "scenario"), json, fileName, baseDirectory, overrides ?? ScenarioOverrides.None);

    private static LoadedScenario Load(JObject parsed, string json, string fileName, string baseDirectory, ScenarioOverrides overrides)
    {
        if (parsed.ContainsKey("parameters") && parsed.ContainsKey("scenario"))
        {
            throw new ScenarioException([new ScenarioError(fileName, 0, 0, "",
                "this looks like a sweep file (it names a 'scenario' and the 'parameters' to vary), not a scenario; sweep files are named NAME.sweep.json")]);
        }

        var sources = new StringBuilder(json);
        var root = ScenarioInheritance.Resolve(parsed, fileName, baseDirectory, sources, path => JsonFile.Read(path, "base scenario"));
        ApplyOverrides(root, overrides);
        var errors = new ErrorSink(fileName, root);
        var scenario = new ScenarioBinder(errors).BindObject<Scenario>(root);
        ScenarioValidator.Validate(scenario, errors, eventsWithinRun: overrides.Steps is null);
        var edgeLists = errors.HasErrors ? [] : ReadEdgeLists(scenario, baseDirectory, overrides.FilesOutsideFolder, errors);
        var timeline = BuildTimeline(root, scenario, errors);
        if (errors.HasErrors) throw new ScenarioException(errors.Errors);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sources.ToString())));
        return new LoadedScenario(scenario, timeline, edgeLists, fileName, hash, root);
    }

    private static void ApplyOverrides(JObject root, ScenarioOverrides overrides)
    {
        if (overrides.Seed is { } seed) root["seed"] = seed;
        if (overrides.Steps is { } steps) root["steps"] = steps;
        if (overrides.Replicates is { } replicates) root["replicates"] = replicates;
        if (overrides.CascadeReach) root["cascadeReach"] = true;
        if (overrides.Logs is { Count: > 0 } logs)
        {
            var own = root["logs"] is JArray list ? list.Select(t => t.ToString()) : [];
            root["logs"] = new JArray(own.Concat(logs).Distinct().ToArray());
        }
    }

    private static Dictionary<string, EdgeListData> ReadEdgeLists(Scenario scenario, string baseDirectory, bool filesOutsideFolder, ErrorSink errors)
    {
        var result = new Dictionary<string, EdgeListData>();
        var agentCount = (int)Math.Min(int.MaxValue, scenario.Segments.Sum(s => (long)s.Size));
        var platforms = scenario.Platforms.Select(p => p.Id).ToHashSet();
        var networks = new List<(string JsonPath, NetworkSpec Spec)> { ("network", scenario.Network) };
        networks.AddRange(scenario.Platforms.Select((p, i) => ($"platforms[{i}].network", p.Network)).Where(n => n.Network is not null)!);
        foreach (var (jsonPath, spec) in networks)
        {
            if (spec.Model != NetworkModels.EdgeList || spec.Path is null || result.ContainsKey(spec.Path)) continue;
            var folder = Path.GetFullPath(baseDirectory);
            var file = Path.GetFullPath(Path.Combine(folder, spec.Path));
            if (!filesOutsideFolder && !file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                errors.AtPath($"{jsonPath}.path", $"'{spec.Path}' is outside the scenario's folder ({folder}); move the edge list there, or allow it with --allow-outside-files");
                continue;
            }

            if (Directory.Exists(file) || !File.Exists(file))
            {
                errors.AtPath($"{jsonPath}.path", Directory.Exists(file) ? $"'{file}' is a folder, not an edge list file" : $"the edge list file '{file}' does not exist");
                continue;
            }

            var lineErrors = new List<EdgeListReader.LineError>();
            try
            {
                using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true));
                result[spec.Path] = EdgeListReader.Read(reader, agentCount, platforms, lineErrors);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.AtPath($"{jsonPath}.path", $"cannot read the edge list '{file}': {e.Message}");
            }

            foreach (var error in lineErrors)
            {
                errors.AtFileLine(file, error.Line, error.Line > 0 ? 1 : 0, error.Message);
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
