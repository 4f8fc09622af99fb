using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// A dotted path into a scenario, as events write it: fields by name, members of the platforms,
/// segments, narratives and actors lists by id ("actors.rok-mofa.languages").
/// </summary>
internal sealed class EventPath
{
    private static readonly HashSet<string> Collections = ["platforms", "segments", "narratives", "actors"];

    /// <summary>
    /// Fields that shape the world when it is built (sizes, networks, membership, identities). An event
    /// may not touch them: the world is already built when events fire.
    /// </summary>
    private static readonly string[] Structural =
    [
        "$schema", "name", "description", "seed", "steps", "stepHours", "replicates", "languages", "network",
        "events", "beliefs.model",
        "platforms.*.id", "platforms.*.network", "platforms.*.feed.size",
        "segments.*.id", "segments.*.size", "segments.*.languages", "segments.*.platforms", "segments.*.initialBelievers",
        "narratives.*.id", "narratives.*.sponsor", "narratives.*.falsehood", "narratives.*.opposes",
        "actors.*.id", "actors.*.kind", "actors.*.sponsor", "actors.*.accounts", "actors.*.platforms", "actors.*.followers",
    ];

    private readonly string[] _parts;

    private EventPath(string text, string[] parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public static EventPath Parse(string text) => new(text, text.Split('.'));

    /// <summary>Why the path may not be set by an event, or null when it may.</summary>
    public string? StructuralConflict()
    {
        if (_parts.Any(p => p.Length == 0)) return "the path has an empty part";
        var pattern = string.Join('.', _parts.Select((p, i) => i == 1 && Collections.Contains(_parts[0]) ? "*" : p));
        foreach (var structural in Structural)
        {
            if (pattern == structural || structural.StartsWith(pattern + ".", StringComparison.Ordinal) ||
                pattern.StartsWith(structural + ".", StringComparison.Ordinal))
            {
                return $"'{structural.Replace("*", "<id>", StringComparison.Ordinal)}' shapes the world when it is built and cannot be changed by an event";
            }
        }

        return null;
    }

    /// <summary>Writes the value at the path in the scenario tree; returns an error message when the path leads nowhere.</summary>
    public string? ApplyTo(JObject scenario, JToken value)
    {
        JObject current = scenario;
        for (var i = 0; i < _parts.Length - 1; i++)
        {
            var next = current[_parts[i]];
            if (next is JArray list && Collections.Contains(_parts[i]) && i == 0)
            {
                var id = _parts[++i];
                var member = list.OfType<JObject>().FirstOrDefault(o => (string?)o["id"] == id);
                if (member is null) return $"there is no member of '{_parts[0]}' with id '{id}'";
                if (i == _parts.Length - 1) return $"name a field of {_parts[0]} '{id}', not the whole entry";
                current = member;
                continue;
            }

            if (next is null)
            {
                var created = new JObject();
                current[_parts[i]] = created;
                current = created;
                continue;
            }

            if (next is not JObject obj) return $"'{string.Join('.', _parts[..(i + 1)])}' is not an object";
            current = obj;
        }

        current[_parts[^1]] = value.DeepClone();
        return null;
    }
}
