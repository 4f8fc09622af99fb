using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// A dotted path into a scenario, as events write it: fields by name, members of the platforms,
/// segments, narratives and actors lists by id ("actors.rok-mofa.languages").
/// </summary>
internal sealed class EventPath
{
    private readonly string[] _parts;

    private EventPath(string text, string[] parts)
    {
        Text = text;
        _parts = parts;
    }

    public string Text { get; }

    public static EventPath Parse(string text) => new(text, text.Split('.'));

    /// <summary>Why the path may not be set by an event, or null when it may.</summary>
    public string? StructuralConflict() =>
        _parts.Any(p => p.Length == 0) ? "the path has an empty part" : ScenarioFields.StructuralConflict(Text);

    /// <summary>
    /// Writes the value at the path in the scenario tree, creating objects left to their defaults on the way; "*" in
    /// place of an id stands for every member of the list. Returns an error message when the path leads nowhere.
    /// </summary>
    public string? ApplyTo(JObject scenario, JToken value) => Apply(scenario, 0, value);

    private string? Apply(JObject current, int part, JToken value)
    {
        if (part == _parts.Length - 1)
        {
            current[_parts[part]] = value.DeepClone();
            return null;
        }

        var next = current[_parts[part]];
        if (part == 0 && next is JArray list && ScenarioFields.Collections.Contains(_parts[0]))
        {
            var id = _parts[1];
            if (_parts.Length == 2) return $"name a field of {_parts[0]} '{id}', not the whole entry";
            var members = list.OfType<JObject>().Where(o => id == "*" || (string?)o["id"] == id).ToList();
            if (members.Count == 0) return $"there is no member of '{_parts[0]}' with id '{id}'";
            return members.Select(member => Apply(member, 2, value)).FirstOrDefault(error => error is not null);
        }

        if (next is null)
        {
            next = new JObject();
            current[_parts[part]] = next;
        }

        return next is JObject obj ? Apply(obj, part + 1, value) : $"'{string.Join('.', _parts[..(part + 1)])}' is not an object";
    }
}
