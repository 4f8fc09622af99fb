using System.Collections.Concurrent;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace InfluenceSim.Scenarios;

/// <summary>
/// Every field of the scenario format, read once from the <see cref="FieldAttribute"/> declarations of the scenario
/// classes, in the order a file lists them. A scenario class's property without a declaration is a bug the first use
/// of this catalogue reports.
/// </summary>
public static class ScenarioFields
{
    /// <summary>The lists whose members events and <c>set</c> address by id.</summary>
    public static readonly IReadOnlyList<string> Collections = ["platforms", "segments", "narratives", "actors"];

    private static readonly Lazy<IReadOnlyList<ScenarioField>> Catalogue = new(() => Walk(typeof(Scenario), "").ToList());

    private static readonly JsonSerializer DefaultWriter = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
    });

    public static IReadOnlyList<ScenarioField> All => Catalogue.Value;

    /// <summary>The fields a class declares, in order (its section of docs/scenario-reference.md).</summary>
    public static IReadOnlyList<ScenarioField> Of(Type owner) => All.Where(f => f.Owner == owner).DistinctBy(f => f.Name).ToList();

    private static readonly ConcurrentDictionary<Type, DeclaredProperty[]> PropertiesByOwner = new();

    /// <summary>A scenario class's properties with their declarations and choices, in order, read from the class once.</summary>
    internal static IReadOnlyList<DeclaredProperty> PropertiesOf(Type owner) =>
        PropertiesByOwner.GetOrAdd(owner, type => [.. ScenarioBinder.FieldsOf(type).Select(f =>
        {
            var declaration = DeclarationOf(f.Property);
            return new DeclaredProperty(f.Name, f.Property, declaration, ScenarioField.ChoicesOf(declaration));
        })]);

    /// <summary>The declaration of a scenario class's property.</summary>
    public static FieldAttribute DeclarationOf(PropertyInfo property) =>
        property.GetCustomAttribute<FieldAttribute>()
        ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} is a scenario field without a [Field] declaration");

    /// <summary>
    /// Why an event may not set the path, or null when it may: the path is, lies in or holds a field that shapes the
    /// world when it is built.
    /// </summary>
    public static string? StructuralConflict(string path)
    {
        var pattern = Pattern(path);
        foreach (var field in All.Where(f => f.Declaration.Structural))
        {
            if (pattern == field.Path || field.Path.StartsWith(pattern + ".", StringComparison.Ordinal) ||
                pattern.StartsWith(field.Path + ".", StringComparison.Ordinal))
            {
                return $"'{field.Path.Replace("*", "<id>", StringComparison.Ordinal)}' shapes the world when it is built and cannot be changed by an event";
            }
        }

        return null;
    }

    /// <summary>The path with a list member's id replaced by <c>*</c>.</summary>
    private static string Pattern(string path)
    {
        var parts = path.Split('.');
        if (parts.Length > 1 && Collections.Contains(parts[0])) parts[1] = "*";
        return string.Join('.', parts);
    }

    private static IEnumerable<ScenarioField> Walk(Type owner, string prefix)
    {
        var defaults = Activator.CreateInstance(owner)!;
        foreach (var (name, property) in ScenarioBinder.FieldsOf(owner))
        {
            var field = new ScenarioField(prefix + name, name, owner, property, DeclarationOf(property), DefaultOf(property, defaults),
                property.GetCustomAttribute<JsonRequiredAttribute>() is not null);
            yield return field;
            if (!field.HoldsFields) continue;
            foreach (var child in Walk(field.ElementType, prefix + name + (field.IsList ? ".*." : "."))) yield return child;
        }
    }

    private static JToken? DefaultOf(PropertyInfo property, object defaults)
    {
        if (property.GetCustomAttribute<JsonRequiredAttribute>() is not null) return null;
        var value = property.GetValue(defaults);
        if (value is null || ScenarioField.IsFieldClass(value.GetType())) return null;
        return JToken.FromObject(value, DefaultWriter);
    }
}

/// <summary>A scenario class's property as the validator walks it: its JSON name, the property, its declaration and its choices.</summary>
internal sealed record DeclaredProperty(string Name, PropertyInfo Property, FieldAttribute Declaration, IReadOnlyList<string> Choices);
