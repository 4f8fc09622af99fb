using System.Globalization;
using InfluenceSim.Scenarios;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Live;

/// <summary>
/// The levers of a platform-model scenario, as the page shows them: for each member of the platforms, actors and
/// segments, the fields their declarations offer as levers (<see cref="FieldAttribute.Lever"/>; switches first), and
/// per actor group the share of each of its languages (when it writes in more than one). Values are read from the
/// scenario as it stands at a step (its own events and the session's changes applied), a field left out at its
/// declared default.
/// </summary>
public static class LeverCatalogue
{
    private static readonly string[] Collections = ["platforms", "actors", "segments"];

    /// <param name="scenario">The scenario as it stands (a resolved JSON object with events applied up to the step).</param>
    public static IReadOnlyList<Lever> For(JObject scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var levers = new List<Lever>();
        if ((string?)scenario["model"] is { } model && model != ScenarioModels.Platform) return levers;
        foreach (var collection in Collections)
        {
            var prefix = collection + ".*.";
            var fields = ScenarioFields.All
                .Where(f => f.Declaration.Lever is not null && f.Path.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(f => f.Type != typeof(bool))
                .ToList();
            foreach (var member in Members(scenario, collection))
            {
                var id = (string)member["id"]!;
                var group = GroupOf(collection, id, member);
                foreach (var field in fields)
                {
                    var relative = field.Path[prefix.Length..];
                    levers.Add(LeverOf(field, $"{collection}.{id}.{relative}", group, Read(member, relative, field.Default)));
                }

                if (collection == "actors") levers.AddRange(LanguageLevers(member, id, group));
            }
        }

        return levers;
    }

    /// <summary>A switch, or a slider from the field's lowest value to its lever's top; a field without an upper bound reaches at least twice its value.</summary>
    private static Lever LeverOf(ScenarioField field, string path, string group, double value)
    {
        var label = field.Declaration.Lever!;
        if (field.Type == typeof(bool)) return new Lever(path, path, group, label, true, 0, 1, 1, value != 0 ? 1 : 0);
        var declaration = field.Declaration;
        var min = double.IsNaN(declaration.Min) ? 0 : declaration.Min;
        var max = double.IsNaN(declaration.LeverMax) ? declaration.Max : declaration.LeverMax;
        if (double.IsNaN(declaration.Max)) max = Math.Max(max, Math.Ceiling(2 * value));
        return new Lever(path, path, group, label, false, min, max, declaration.LeverStep, value);
    }

    private static string GroupOf(string collection, string id, JObject member) => collection switch
    {
        "platforms" => $"platform {id}",
        "actors" => $"{(string?)member["kind"]} {id}",
        _ => $"segment {id}",
    };

    private static IEnumerable<Lever> LanguageLevers(JObject actor, string id, string group)
    {
        var mix = LanguageMix(actor);
        foreach (var (language, share) in mix.Count > 1 ? mix : [])
        {
            yield return new Lever($"actors.{id}.languages.{language}", $"actors.{id}.languages", group, $"share in {language}", false, 0, 1, 0.05, share)
            {
                Language = language,
            };
        }
    }

    /// <summary>The value an event sets for a lever set to <paramref name="value"/>: the number or switch, or the whole language mix.</summary>
    /// <exception cref="LiveInputException">The value is outside the lever's range.</exception>
    public static JToken EventValue(Lever lever, double value, JObject scenario)
    {
        ArgumentNullException.ThrowIfNull(lever);
        if (!double.IsFinite(value) || value < lever.Min || value > lever.Max)
        {
            throw new LiveInputException(string.Create(CultureInfo.InvariantCulture, $"{lever.Group}: {lever.Label} takes a value from {lever.Min} to {lever.Max}, not {value}"));
        }

        if (lever.IsSwitch) return value != 0;
        if (lever.Language is not { } language) return lever.StepSize >= 1 && value == Math.Floor(value) ? (JToken)(long)value : value;
        var actorId = lever.Path.Split('.')[1];
        var actor = Members(scenario, "actors").Single(a => (string?)a["id"] == actorId);
        var others = LanguageMix(actor).Where(p => p.Language != language).ToList();
        var rest = others.Sum(p => p.Share);
        var mix = new JObject { [language] = value };
        for (var i = 0; i < others.Count; i++)
        {
            mix[others[i].Language] = Math.Round(rest > 0 ? others[i].Share / rest * (1 - value) : i == 0 ? 1 - value : 0, 9);
        }

        return mix;
    }

    private static IEnumerable<JObject> Members(JObject scenario, string collection) =>
        (scenario[collection] as JArray ?? []).OfType<JObject>();

    private static List<(string Language, double Share)> LanguageMix(JObject actor)
    {
        var mix = (actor["languages"] as JObject ?? []).Properties().Select(p => (p.Name, (double)p.Value)).ToList();
        var total = mix.Sum(p => p.Item2);
        return mix.Select(p => (p.Name, total > 0 ? p.Item2 / total : 0)).ToList();
    }

    private static double Read(JObject member, string field, JToken? fallback)
    {
        var token = member.SelectToken(field) ?? fallback;
        return token?.Type switch
        {
            JTokenType.Boolean => (bool)token ? 1 : 0,
            JTokenType.Integer or JTokenType.Float => (double)token,
            _ => 0,
        };
    }
}
