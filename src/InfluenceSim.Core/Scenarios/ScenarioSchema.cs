using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// The JSON Schema (draft-07) of scenario files, written from the field declarations, for editors that complete and
/// check fields as one types. <c>influencesim schema</c> prints it; scenarios/influencesim.schema.json is its output.
/// </summary>
public static class ScenarioSchema
{
    public static JObject Build()
    {
        var definitions = new JObject();
        var root = new JObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://influencesim.example/scenario.schema.json",
            ["title"] = "InfluenceSim scenario",
            ["description"] = "A world of audiences, platforms, narratives and messengers, and the run settings. See docs/scenario-reference.md.",
        };
        var scenario = ObjectSchema(typeof(Scenario), definitions);
        var properties = (JObject)scenario["properties"]!;
        properties.AddFirst(new JProperty("set", new JObject
        {
            ["type"] = "object",
            ["description"] = "With extends: dotted paths (list members by id, or * for all) to new values, applied to the base.",
        }));
        properties.AddFirst(new JProperty("extends", new JObject
        {
            ["type"] = "string",
            ["description"] = "A base scenario file (relative to this one) whose fields this scenario replaces; see docs/scenario-reference.md.",
        }));
        var required = scenario["required"];
        scenario.Remove("required");
        root.Merge(scenario);
        root["if"] = new JObject { ["not"] = new JObject { ["required"] = new JArray("extends") } };
        root["then"] = new JObject { ["required"] = required };
        root["definitions"] = definitions;
        return root;
    }

    /// <summary>The schema as the command writes it and the shipped file holds it: indented by two, one newline at the end.</summary>
    public static string Text() => Build().ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static JObject ObjectSchema(Type owner, JObject definitions)
    {
        var properties = new JObject();
        var required = new JArray();
        foreach (var field in ScenarioFields.Of(owner))
        {
            properties[field.Name] = FieldSchema(field, definitions);
            if (field.Required) required.Add(field.Name);
        }

        var schema = new JObject { ["type"] = "object", ["additionalProperties"] = false };
        if (required.Count > 0) schema["required"] = required;
        schema["properties"] = properties;
        return schema;
    }

    private static JObject FieldSchema(ScenarioField field, JObject definitions)
    {
        var schema = new JObject();
        if (field.IsList) schema["type"] = "array";
        if (field.IsMap) schema["type"] = "object";
        var element = ElementSchema(field, definitions);
        if (field.IsList) schema["items"] = element;
        else if (field.IsMap) schema["additionalProperties"] = element;
        else schema.Merge(element);
        if (field.Default is { } value) schema["default"] = value.DeepClone();
        schema["description"] = Description(field);
        return schema;
    }

    private static JObject ElementSchema(ScenarioField field, JObject definitions)
    {
        var type = field.ElementType;
        if (field.HoldsFields) return Reference(type, definitions);
        if (type == typeof(JObject)) return new JObject { ["type"] = "object" };
        if (type == typeof(bool)) return new JObject { ["type"] = "boolean" };
        if (type == typeof(string)) return StringSchema(field);
        if (field.IsNumber) return NumberSchema(field);
        if (ScenarioField.ElementOf(type) == typeof(double)) return new JObject { ["type"] = "object", ["additionalProperties"] = new JObject { ["type"] = "number", ["minimum"] = 0 } };
        throw new InvalidOperationException($"the schema has no form for {field.Path}'s type {type.Name}");
    }

    private static JObject StringSchema(ScenarioField field)
    {
        if (field.Choices.Count > 0) return new JObject { ["enum"] = new JArray(field.Choices) };
        var schema = new JObject { ["type"] = "string" };
        if (field.Declaration.NonEmpty) schema["minLength"] = 1;
        if (field.Declaration.IsId) schema["pattern"] = FieldAttribute.IdPattern;
        return schema;
    }

    private static JObject NumberSchema(ScenarioField field)
    {
        var schema = new JObject { ["type"] = field.IsInteger ? "integer" : "number" };
        var declaration = field.Declaration;
        AddBound(schema, "minimum", declaration.Min, field.IsInteger);
        AddBound(schema, "exclusiveMinimum", declaration.Above, field.IsInteger);
        AddBound(schema, "maximum", declaration.Max, field.IsInteger);
        AddBound(schema, "exclusiveMaximum", declaration.Below, field.IsInteger);
        return schema;
    }

    private static void AddBound(JObject schema, string keyword, double bound, bool isInteger)
    {
        if (double.IsNaN(bound)) return;
        schema[keyword] = isInteger ? new JValue((long)bound) : new JValue(bound);
    }

    private static JObject Reference(Type type, JObject definitions)
    {
        var name = DefinitionName(type);
        if (definitions[name] is null)
        {
            definitions[name] = new JObject();
            definitions[name] = ObjectSchema(type, definitions);
        }

        return new JObject { ["$ref"] = $"#/definitions/{name}" };
    }

    /// <summary>The definition's name: its section of the reference ("platform", "simsom"), or the class name without "Spec", camelCase ("circuitBreaker").</summary>
    private static string DefinitionName(Type type)
    {
        if (FieldTables.Sections.FirstOrDefault(s => s.Owner == type).Name is { } section) return section;
        var name = type.Name.EndsWith("Spec", StringComparison.Ordinal) ? type.Name[..^4] : type.Name;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Description(ScenarioField field)
    {
        var text = field.Declaration.Meaning;
        if (field.Declaration.ReadBy.Length > 0) text += $" Read by: {string.Join(", ", field.Declaration.ReadBy)}.";
        if (field.Declaration.Structural) text += " Events cannot change it.";
        return text;
    }
}
