using System.Collections;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// One field of the scenario format as declared: where it sits, its type and default (the property's own) and the
/// facts of its <see cref="FieldAttribute"/>.
/// </summary>
/// <param name="Path">The field's path as events write it, list members as <c>*</c> ("platforms.*.feed.size").</param>
/// <param name="Owner">The class the field belongs to (its section of docs/scenario-reference.md).</param>
/// <param name="Default">The value a file that leaves the field out gets, as JSON; null for none (optional, or an object of fields).</param>
public sealed record ScenarioField(string Path, string Name, Type Owner, PropertyInfo Property, FieldAttribute Declaration, JToken? Default, bool Required)
{
    /// <summary>The field's type without <see cref="Nullable{T}"/>.</summary>
    public Type Type => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;

    /// <summary>For a list, its items' type; for an object of values (a dictionary), its values'; otherwise the field's type.</summary>
    public Type ElementType => ElementOf(Type);

    public bool IsList => IsGeneric(Type, typeof(List<>));

    public bool IsMap => IsGeneric(Type, typeof(Dictionary<,>));

    /// <summary>The field holds an object of declared fields, or a list of them.</summary>
    public bool HoldsFields => IsFieldClass(ElementType);

    public bool IsInteger => ElementType == typeof(int) || ElementType == typeof(long);

    public bool IsNumber => IsInteger || ElementType == typeof(double);

    /// <summary>The values a string field may take, from its declaration's choices; empty when free.</summary>
    public IReadOnlyList<string> Choices => ChoicesOf(Declaration);

    public FieldRange Range => new(Declaration.Min, Declaration.Max, Declaration.Above, Declaration.Below, IsInteger);

    internal static IReadOnlyList<string> ChoicesOf(FieldAttribute declaration) =>
        declaration.Choices?.GetField("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<string>
        ?? declaration.Choices?.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<string>
        ?? [];

    internal static Type ElementOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (IsGeneric(type, typeof(List<>))) return type.GetGenericArguments()[0];
        return IsGeneric(type, typeof(Dictionary<,>)) ? type.GetGenericArguments()[1] : type;
    }

    /// <summary>A class of the scenario format whose properties are fields (not a string, list, map or raw JSON).</summary>
    internal static bool IsFieldClass(Type type) =>
        type.IsClass && type.Namespace == typeof(Scenario).Namespace && !typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;
}
