using System.Collections;
using System.Globalization;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// Binds a JSON tree to the scenario classes strictly: unknown fields, wrong types and missing required
/// fields are errors, each reported at its token, and binding goes on so that all errors are found at once.
/// Fields are named in camelCase after the C# property unless a <see cref="JsonPropertyAttribute"/> names them.
/// </summary>
internal sealed class ScenarioBinder
{
    private readonly ErrorSink _errors;

    public ScenarioBinder(ErrorSink errors)
    {
        _errors = errors;
    }

    public T BindObject<T>(JToken token) where T : class, new() => (T)(Bind(token, typeof(T)) ?? new T());

    /// <summary>The JSON field names of a scenario class, in declaration order.</summary>
    public static IReadOnlyList<(string Name, PropertyInfo Property)> FieldsOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => (JsonName(p), p))
            .ToList();

    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName
        ?? char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    private object? Bind(JToken token, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (token.Type == JTokenType.Null)
        {
            if (underlying is null && type.IsValueType)
            {
                _errors.At(token, $"expected {Describe(type)}, got null");
            }

            return null;
        }

        type = underlying ?? type;
        if (type == typeof(string))
        {
            return token.Type == JTokenType.String ? token.Value<string>() : Mismatch(token, type);
        }

        if (type == typeof(bool))
        {
            return token.Type == JTokenType.Boolean ? token.Value<bool>() : Mismatch(token, type);
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return BindInteger(token, type);
        }

        if (type == typeof(double))
        {
            return token.Type is JTokenType.Integer or JTokenType.Float && double.IsFinite(token.Value<double>())
                ? token.Value<double>()
                : Mismatch(token, type);
        }

        if (type == typeof(JObject))
        {
            return token is JObject obj ? obj : Mismatch(token, type);
        }

        if (type == typeof(JToken))
        {
            return token;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(token, type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return BindDictionary(token, type);
        }

        return BindSpec(token, type);
    }

    private object? BindInteger(JToken token, Type type)
    {
        if (token.Type != JTokenType.Integer)
        {
            return Mismatch(token, type);
        }

        var value = ((JValue)token).Value;
        var big = value is System.Numerics.BigInteger b ? b : new System.Numerics.BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture));
        var min = type == typeof(int) ? int.MinValue : long.MinValue;
        var max = type == typeof(int) ? int.MaxValue : long.MaxValue;
        if (big < min || big > max)
        {
            _errors.At(token, string.Create(CultureInfo.InvariantCulture, $"expected {Describe(type)} between {min} and {max}, got {big}"));
            return null;
        }

        return type == typeof(int) ? (object)(int)big : (long)big;
    }

    private object? BindList(JToken token, Type type)
    {
        if (token is not JArray array)
        {
            return Mismatch(token, type);
        }

        var itemType = type.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(type)!;
        foreach (var item in array)
        {
            if (item.Type == JTokenType.Null && !itemType.IsValueType)
            {
                _errors.At(item, $"expected {Describe(itemType)}, got null");
                continue;
            }

            var bound = Bind(item, itemType);
            if (bound is not null)
            {
                list.Add(bound);
            }
        }

        return list;
    }

    private object? BindDictionary(JToken token, Type type)
    {
        if (token is not JObject obj)
        {
            return Mismatch(token, type);
        }

        var valueType = type.GetGenericArguments()[1];
        var dictionary = (IDictionary)Activator.CreateInstance(type)!;
        foreach (var property in obj.Properties())
        {
            var bound = Bind(property.Value, valueType);
            if (bound is not null)
            {
                dictionary[property.Name] = bound;
            }
        }

        return dictionary;
    }

    private object? BindSpec(JToken token, Type type)
    {
        if (token is not JObject obj)
        {
            return Mismatch(token, type);
        }

        var fields = FieldsOf(type);
        var target = Activator.CreateInstance(type)!;
        foreach (var property in obj.Properties())
        {
            var field = fields.FirstOrDefault(f => f.Name == property.Name);
            if (field.Property is null)
            {
                _errors.At(property, $"unknown field '{property.Name}'; expected one of: {string.Join(", ", fields.Select(f => f.Name))}");
                continue;
            }

            if (property.Value.Type == JTokenType.Null && !field.Property.PropertyType.IsValueType)
            {
                if (IsNullable(field.Property)) field.Property.SetValue(target, null);
                else _errors.At(property.Value, $"expected {Describe(field.Property.PropertyType)}, got null; leave the field out for its default");
                continue;
            }

            var bound = Bind(property.Value, field.Property.PropertyType);
            if (bound is not null) field.Property.SetValue(target, bound);
        }

        foreach (var (name, property) in fields)
        {
            if (property.GetCustomAttribute<JsonRequiredAttribute>() is not null && obj.Property(name) is null)
            {
                _errors.At(obj, $"missing required field '{name}'");
            }
        }

        return target;
    }

    private static bool IsNullable(PropertyInfo property) =>
        new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;

    private object? Mismatch(JToken token, Type type)
    {
        _errors.At(token, $"expected {Describe(type)}, got {DescribeToken(token)}");
        return null;
    }

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "a string";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(double)) return "a number";
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)) return "an array";
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return $"an object whose values are {Describe(type.GetGenericArguments()[1])}";
        }

        if (type == typeof(JToken)) return "a JSON value";

        return "an object";
    }

    private static string DescribeToken(JToken token) => token.Type switch
    {
        JTokenType.String => $"the string \"{token.Value<string>()}\"",
        JTokenType.Integer or JTokenType.Float => $"the number {token.ToString(Formatting.None)}",
        JTokenType.Boolean => token.ToString(Formatting.None),
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        _ => token.Type.ToString().ToLowerInvariant(),
    };
}
