using System.Collections;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Scenarios;

/// <summary>The JSON Schema shipped for editors describes exactly the fields the loader accepts.</summary>
public class ScenarioSchemaTests
{
    private static readonly JObject Schema = JObject.Parse(File.ReadAllText(TestScenarios.ShippedScenario("influencesim.schema.json")));

    [Test]
    public void SchemaAndScenarioClassesHaveTheSameFields()
    {
        var mismatches = new List<string>();
        Compare(typeof(Scenario), Schema, "scenario", mismatches);
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void SchemaRequiresExactlyTheRequiredFields()
    {
        var required = ScenarioBinderFields(typeof(Scenario)).Where(f => f.Required).Select(f => f.Name);
        Assert.That(Schema["then"]!["required"]!.Values<string>(), Is.EquivalentTo(required), "required unless the scenario extends a base");
        Assert.That(Schema["if"]!["not"]!["required"]!.Values<string>(), Is.EqualTo(new[] { "extends" }));
    }

    private static IEnumerable<(string Name, Type Type, bool Required)> ScenarioBinderFields(Type type) =>
        ScenarioBinder.FieldsOf(type).Select(f => (f.Name, f.Property.PropertyType,
            f.Property.GetCustomAttributes(typeof(Newtonsoft.Json.JsonRequiredAttribute), false).Length > 0));

    /// <summary>Fields the loader consumes before binding (docs/scenario-reference.md, "Variants of a scenario").</summary>
    private static readonly string[] InheritanceFields = ["extends", "set"];

    private static void Compare(Type type, JObject schemaObject, string where, List<string> mismatches)
    {
        var properties = (JObject)Resolve(schemaObject)["properties"]!;
        var inheritance = type == typeof(Scenario) ? InheritanceFields : [];
        var fields = ScenarioBinderFields(type).ToList();
        foreach (var (name, fieldType, _) in fields)
        {
            if (properties[name] is not JObject property)
            {
                mismatches.Add($"{where}.{name} is missing from the schema");
                continue;
            }

            var element = Nullable.GetUnderlyingType(fieldType) ?? fieldType;
            if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(List<>)) element = element.GetGenericArguments()[0];
            if (element.Namespace == typeof(Scenario).Namespace && element.IsClass && !typeof(IEnumerable).IsAssignableFrom(element))
            {
                var target = Resolve(property);
                Compare(element, target["items"] is JObject items ? Resolve(items) : target, $"{where}.{name}", mismatches);
            }
        }

        foreach (var property in properties.Properties())
        {
            if (fields.All(f => f.Name != property.Name) && !inheritance.Contains(property.Name)) mismatches.Add($"{where}.{property.Name} is in the schema but not accepted by the loader");
        }
    }

    private static JObject Resolve(JObject node) =>
        node["$ref"] is { } reference ? (JObject)Schema.SelectToken(reference.Value<string>()!.TrimStart('#', '/').Replace('/', '.'))! : node;
}
