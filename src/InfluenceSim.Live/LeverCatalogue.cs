using System.Globalization;
using InfluenceSim.Scenarios;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Live;

/// <summary>
/// The levers of a platform-model scenario, as the page shows them: per platform the moderation levers, per actor
/// group its posting rate, how its banned accounts come back, and the share of each of its languages (when it writes
/// in more than one), per segment its activity. Values are read from the
/// scenario as it stands at a step (its own events and the session's changes applied).
/// </summary>
public static class LeverCatalogue
{
    private static readonly (string Field, string Label, double Max, double Step)[] ModerationRanges =
    [
        ("detection.recall", "classifier recall", 1, 0.05),
        ("detection.reportRate", "report rate", 0.05, 0.001),
        ("detection.accountDetectionPerHour", "account detection per hour", 0.2, 0.005),
        ("review.delayHours", "review delay (hours)", 48, 0.5),
        ("review.capacityPerHour", "reviews per hour", 1000, 10),
        ("downrank.strength", "down-rank strength", 1, 0.05),
        ("nudge.shareReduction", "nudge: share reduction", 1, 0.05),
        ("circuitBreaker.resharesPerHour", "circuit breaker: reshares per hour", 200, 1),
    ];

    private static readonly (string Field, string Label)[] ModerationSwitches =
    [
        ("remove.enabled", "remove flagged cascades"),
        ("label.misleading", "label misleading"),
        ("label.stateAffiliated", "label state-affiliated"),
        ("downrank.enabled", "down-rank flagged cascades"),
        ("banActors.enabled", "ban detected actor accounts"),
        ("strikes.enabled", "strikes and bans"),
        ("circuitBreaker.enabled", "circuit breaker"),
        ("nudge.enabled", "nudge before sharing"),
    ];

    /// <param name="scenario">The scenario as it stands (a resolved JSON object with events applied up to the step).</param>
    public static IReadOnlyList<Lever> For(JObject scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var levers = new List<Lever>();
        if ((string?)scenario["model"] is { } model && model != ScenarioModels.Platform) return levers;
        foreach (var platform in Members(scenario, "platforms"))
        {
            var id = (string)platform["id"]!;
            var group = $"platform {id}";
            var moderation = platform["moderation"] as JObject ?? [];
            foreach (var (field, label) in ModerationSwitches)
            {
                levers.Add(new Lever($"platforms.{id}.moderation.{field}", $"platforms.{id}.moderation.{field}", group, label, true, 0, 1, 1,
                    Read(moderation, field, Defaults(field)) != 0 ? 1 : 0));
            }

            foreach (var (field, label, max, step) in ModerationRanges)
            {
                levers.Add(new Lever($"platforms.{id}.moderation.{field}", $"platforms.{id}.moderation.{field}", group, label, false, 0, max, step,
                    Read(moderation, field, Defaults(field))));
            }
        }

        foreach (var actor in Members(scenario, "actors"))
        {
            var id = (string)actor["id"]!;
            var group = $"{(string?)actor["kind"]} {id}";
            var posts = (double?)actor["postsPerDay"] ?? 4;
            levers.Add(new Lever($"actors.{id}.postsPerDay", $"actors.{id}.postsPerDay", group, "posts per day", false, 0, Math.Max(48, Math.Ceiling(2 * posts)), 0.5, posts));
            var recreate = actor["recreate"] as JObject ?? [];
            levers.Add(new Lever($"actors.{id}.recreate.max", $"actors.{id}.recreate.max", group, "re-creations after a ban (per account)", false, 0, 50, 1,
                (double?)recreate["max"] ?? 0));
            levers.Add(new Lever($"actors.{id}.recreate.delayHours", $"actors.{id}.recreate.delayHours", group, "hours before a re-created account", false, 0, 168, 1,
                (double?)recreate["delayHours"] ?? 48));
            var mix = LanguageMix(actor);
            foreach (var (language, share) in mix.Count > 1 ? mix : [])
            {
                levers.Add(new Lever($"actors.{id}.languages.{language}", $"actors.{id}.languages", group, $"share in {language}", false, 0, 1, 0.05, share)
                {
                    Language = language,
                });
            }
        }

        foreach (var segment in Members(scenario, "segments"))
        {
            var id = (string)segment["id"]!;
            levers.Add(new Lever($"segments.{id}.activity", $"segments.{id}.activity", $"segment {id}", "activity (chance of a session each step)", false, 0, 1, 0.01,
                (double?)segment["activity"] ?? 0.05));
        }

        return levers;
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

    private static double Read(JObject moderation, string field, double fallback)
    {
        var token = moderation.SelectToken(field);
        return token?.Type switch
        {
            JTokenType.Boolean => (bool)token ? 1 : 0,
            JTokenType.Integer or JTokenType.Float => (double)token,
            _ => fallback,
        };
    }

    /// <summary>The defaults of ModerationSpec, for fields a scenario leaves out.</summary>
    private static double Defaults(string field) => Read(ModerationDefaults, field, 0);

    private static readonly JObject ModerationDefaults = JObject.FromObject(new ModerationSpec(), ScenarioJson.Serializer);
}
