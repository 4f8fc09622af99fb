using System.Text;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// Resolves "extends": a scenario may name a base scenario file and change it, so that variants of one world
/// (moderation strategies, messaging postures) share it instead of copying it. The variant's own top-level fields
/// replace the base's; then its "set" object, dotted paths as in events (list members by id), changes single values
/// anywhere, structure included. Bases may themselves extend others.
/// </summary>
internal static class ScenarioInheritance
{
    public const string ExtendsField = "extends";
    public const string SetField = "set";
    private const int MaxDepth = 8;

    /// <param name="scenario">The scenario as read.</param>
    /// <param name="fileName">Its name, for errors.</param>
    /// <param name="directory">Where a relative base path starts from.</param>
    /// <param name="sources">Receives the text of every base file, for the provenance hash.</param>
    /// <param name="readBase">Reads and parses a base file.</param>
    public static JObject Resolve(JObject scenario, string fileName, string directory, StringBuilder sources, Func<string, (JObject Root, string Text)> readBase) =>
        Resolve(scenario, fileName, directory, sources, readBase, []);

    private static JObject Resolve(JObject scenario, string fileName, string directory, StringBuilder sources, Func<string, (JObject Root, string Text)> readBase, List<string> chain)
    {
        if (scenario.Property(ExtendsField) is not { } extends)
        {
            if (scenario.Property(SetField) is { } set) throw Error(fileName, set, "'set' changes a base scenario and needs 'extends'");
            return scenario;
        }

        if (extends.Value.Type != JTokenType.String) throw Error(fileName, extends.Value, "'extends' must be the path of a base scenario file");
        var basePath = Path.GetFullPath(Path.Combine(directory, extends.Value.Value<string>()!));
        if (chain.Contains(basePath) || chain.Count >= MaxDepth)
        {
            throw Error(fileName, extends.Value, $"'extends' goes round in a circle or deeper than {MaxDepth} files: {string.Join(" -> ", chain.Append(basePath))}");
        }

        if (!File.Exists(basePath)) throw Error(fileName, extends.Value, $"the base scenario '{basePath}' does not exist");
        var (baseScenario, baseText) = readBase(basePath);
        sources.Append('\n').Append(baseText);
        foreach (var token in baseScenario.DescendantsAndSelf())
        {
            if (token.Annotation<SourceFile>() is null) token.AddAnnotation(new SourceFile(basePath));
        }
        var merged = Resolve(baseScenario, basePath, Path.GetDirectoryName(basePath)!, sources, readBase, [.. chain, basePath]);
        foreach (var token in scenario.Descendants()) token.AddAnnotation(new SourceFile(fileName));

        foreach (var property in scenario.Properties())
        {
            if (property.Name is ExtendsField or SetField) continue;
            merged[property.Name] = property.Value.DeepClone();
        }

        if (scenario.Property(SetField) is { } changes)
        {
            if (changes.Value is not JObject paths) throw Error(fileName, changes.Value, "'set' must be an object of dotted paths to values");
            var problems = new List<ScenarioError>();
            foreach (var change in paths.Properties())
            {
                if (EventPath.Parse(change.Name).ApplyTo(merged, change.Value) is { } problem) problems.Add(Located(fileName, change, problem));
            }

            if (problems.Count > 0) throw new ScenarioException(problems);
        }

        return merged;
    }

    private static ScenarioException Error(string fileName, JToken token, string message) => new([Located(fileName, token, message)]);

    private static ScenarioError Located(string fileName, JToken token, string message)
    {
        var info = (Newtonsoft.Json.IJsonLineInfo)token;
        return new ScenarioError(fileName, info.LineNumber, info.LinePosition, token.Path, message);
    }
}
