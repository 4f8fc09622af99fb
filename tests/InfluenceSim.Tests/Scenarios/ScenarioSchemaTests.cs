using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Scenarios;

/// <summary>The JSON Schema shipped for editors is the one the declarations write, and says what they declare.</summary>
public class ScenarioSchemaTests
{
    private static readonly JObject Schema = ScenarioSchema.Build();

    [Test]
    public void TheShippedSchemaIsWhatTheSchemaCommandWrites()
    {
        var shipped = File.ReadAllText(TestScenarios.ShippedScenario("influencesim.schema.json")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.That(shipped, Is.EqualTo(ScenarioSchema.Text()),
            "scenarios/influencesim.schema.json differs from the declarations: run 'influencesim schema --out scenarios/influencesim.schema.json'");
    }

    [Test]
    public void RangesDefaultsAndChoicesAreTheDeclarations()
    {
        var steps = Schema["properties"]!["steps"]!;
        var recall = Schema["definitions"]!["detection"]!["properties"]!["recall"]!;
        var mu = Schema["definitions"]!["classic"]!["properties"]!["mu"]!;
        var appeal = Schema["definitions"]!["segment"]!["properties"]!["appeal"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)steps["type"], Is.EqualTo("integer"));
            Assert.That((long)steps["minimum"]!, Is.EqualTo(1));
            Assert.That((long)steps["maximum"]!, Is.EqualTo(1_000_000));
            Assert.That((long)steps["default"]!, Is.EqualTo(168));
            Assert.That((double)recall["minimum"]!, Is.Zero);
            Assert.That((double)recall["maximum"]!, Is.EqualTo(1));
            Assert.That((double)recall["default"]!, Is.Zero);
            Assert.That((double)mu["exclusiveMinimum"]!, Is.Zero);
            Assert.That((double)mu["maximum"]!, Is.EqualTo(0.5));
            Assert.That((string?)mu["description"], Does.Contain("Read by: deffuant."));
            Assert.That((string?)appeal["type"], Is.EqualTo("object"));
            Assert.That((double)appeal["additionalProperties"]!["maximum"]!, Is.EqualTo(1));
            Assert.That(Schema["properties"]!["model"]!["enum"]!.Values<string>(), Is.EqualTo(ScenarioModels.All));
            Assert.That(Schema["definitions"]!["network"]!["properties"]!["model"]!["enum"]!.Values<string>(), Is.EqualTo(NetworkModels.All));
        });
    }

    [Test]
    public void EveryFieldTheLoaderAcceptsIsInTheSchemaAndNoOther()
    {
        var mismatches = new List<string>();
        Compare(typeof(Scenario), Schema, "scenario", mismatches);
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void NameAndSegmentsAreRequiredUnlessTheScenarioExtendsABase()
    {
        Assert.That(Schema["then"]!["required"]!.Values<string>(), Is.EqualTo(new[] { "name", "segments" }));
        Assert.That(Schema["if"]!["not"]!["required"]!.Values<string>(), Is.EqualTo(new[] { "extends" }));
    }

    private static void Compare(Type owner, JObject schemaObject, string where, List<string> mismatches)
    {
        var properties = (JObject)schemaObject["properties"]!;
        var inSchema = properties.Properties().Select(p => p.Name).Except(owner == typeof(Scenario) ? ["extends", "set"] : []).ToList();
        var accepted = ScenarioBinder.FieldsOf(owner).Select(f => f.Name).ToList();
        if (!inSchema.SequenceEqual(accepted)) mismatches.Add($"{where}: the schema has [{string.Join(", ", inSchema)}], the loader takes [{string.Join(", ", accepted)}]");
        foreach (var field in ScenarioFields.Of(owner).Where(f => f.HoldsFields && properties[f.Name] is not null))
        {
            var node = (JObject)properties[field.Name]!;
            if (field.IsList) node = (JObject)node["items"]!;
            var target = (JObject)Schema.SelectToken(((string)node["$ref"]!).TrimStart('#', '/').Replace('/', '.'))!;
            Compare(field.ElementType, target, $"{where}.{field.Name}", mismatches);
        }
    }
}
