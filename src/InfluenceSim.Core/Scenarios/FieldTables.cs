using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// The field tables of docs/scenario-reference.md, written from the declarations: one table a section, the fields of
/// objects that have no section of their own written with dotted names ("feed.size" in the platform's).
/// </summary>
public static class FieldTables
{
    /// <summary>The sections in the order of the reference, each the class whose fields it lists.</summary>
    public static readonly IReadOnlyList<(string Name, Type Owner)> Sections =
    [
        ("scenario", typeof(Scenario)),
        ("platform", typeof(PlatformSpec)),
        ("moderation", typeof(ModerationSpec)),
        ("network", typeof(NetworkSpec)),
        ("segment", typeof(SegmentSpec)),
        ("narrative", typeof(NarrativeSpec)),
        ("actor", typeof(ActorSpec)),
        ("beliefs", typeof(BeliefSpec)),
        ("classic", typeof(ClassicSpec)),
        ("simsom", typeof(SimSoMSpec)),
        ("event", typeof(EventSpec)),
    ];

    public const string Header = "| field | type | default | range | read by | events | meaning |\n|---|---|---|---|---|---|---|";

    /// <summary>The marker that opens a section's table in the docs; "&lt;!-- end of fields --&gt;" closes it.</summary>
    public static string BeginMarker(string section) => $"<!-- fields of {section}: generated from the declarations by `influencesim schema --markdown`, checked by ScenarioReferenceDocTests -->";

    public const string EndMarker = "<!-- end of fields -->";

    /// <summary>Every section's table with its markers, as the docs hold them.</summary>
    public static string Markdown() =>
        string.Join("\n\n", Sections.Select(s => $"{BeginMarker(s.Name)}\n{Table(s.Owner)}\n{EndMarker}")) + "\n";

    public static string Table(Type section) =>
        Header + "\n" + string.Join("\n", Rows(section, "").Select(row => Row(row.Name, row.Field)));

    private static IEnumerable<(string Name, ScenarioField Field)> Rows(Type owner, string prefix)
    {
        foreach (var field in ScenarioFields.Of(owner))
        {
            yield return (prefix + field.Name, field);
            if (!field.HoldsFields || Sections.Any(s => s.Owner == field.ElementType)) continue;
            foreach (var row in Rows(field.ElementType, prefix + field.Name + ".")) yield return row;
        }
    }

    private static string Row(string name, ScenarioField field)
    {
        var readBy = string.Join(", ", field.Declaration.ReadBy);
        var events = ScenarioFields.StructuralConflict(field.Path) is null ? "yes" : "no";
        var meaning = field.Declaration.Meaning + (field.Declaration.Source is { } source ? $" Source: {source}." : "");
        return $"| `{name}` | {TypeText(field)} | {DefaultText(field)} | {RangeText(field)} | {readBy} | {events} | {meaning.Replace("|", "\\|", StringComparison.Ordinal)} |";
    }

    private static string TypeText(ScenarioField field)
    {
        var element = ElementText(field);
        if (field.IsList) return $"array of {Plural(element)}";
        return field.IsMap ? $"object of {Plural(element)}" : element;
    }

    private static string Plural(string noun)
    {
        if (noun.StartsWith("object of", StringComparison.Ordinal)) return "objects" + noun["object".Length..];
        return noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";
    }

    private static string ElementText(ScenarioField field)
    {
        var type = field.ElementType;
        if (field.HoldsFields) return Sections.FirstOrDefault(s => s.Owner == type).Name ?? "object";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(string)) return "string";
        if (field.IsInteger) return "integer";
        if (type == typeof(double)) return field.Range.IsProbability ? "probability" : "number";
        return type == typeof(Dictionary<string, double>) ? "object of numbers" : "object";
    }

    private static string DefaultText(ScenarioField field)
    {
        if (field.Required) return "required";
        if (field.Default is not { } value) return field.HoldsFields ? "its fields' defaults" : "none";
        return value.Type switch
        {
            JTokenType.String => (string?)value is { Length: > 0 } text ? $"`{text}`" : "`\"\"`",
            JTokenType.Integer => ((long)value).ToString(CultureInfo.InvariantCulture),
            JTokenType.Float => ((double)value).ToString("R", CultureInfo.InvariantCulture),
            JTokenType.Boolean => (bool)value ? "true" : "false",
            _ => $"`{value.ToString(Formatting.None)}`",
        };
    }

    private static string RangeText(ScenarioField field)
    {
        if (field.Choices.Count > 0) return string.Join(", ", field.Choices.Select(c => $"`{c}`"));
        if (field.Declaration.IsId) return "id: letters, digits, `-`, `_`";
        if (field.Declaration.NonEmpty) return "not empty";
        if (!field.IsNumber) return "";
        var range = field.Range.Text();
        if (field.Declaration.Unit is not { } unit) return range;
        return range.Length == 0 ? unit : $"{range} ({unit})";
    }
}
