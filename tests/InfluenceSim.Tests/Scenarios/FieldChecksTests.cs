using System.Globalization;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Scenarios;

/// <summary>Each field's declaration is what the loader checks: its range, its choices, and the models that read it.</summary>
public class FieldChecksTests
{
    /// <summary>Every declared bounded number field of the reference scenario's kind of world, set just outside its range.</summary>
    private static IEnumerable<TestCaseData> OutOfRangeValues() =>
        ScenarioFields.All
            .Where(f => f.IsNumber && !f.IsList && !f.IsMap && !(double.IsNaN(f.Declaration.Min) && double.IsNaN(f.Declaration.Max) && double.IsNaN(f.Declaration.Above) && double.IsNaN(f.Declaration.Below)) && f.Declaration.ReadBy.All(m => m is ScenarioModels.Platform or BeliefModels.Contagion))
            .Where(f => !f.Path.StartsWith("classic.", StringComparison.Ordinal) && !f.Path.StartsWith("simsom.", StringComparison.Ordinal) && !f.Path.StartsWith("events.", StringComparison.Ordinal))
            .Select(f => new TestCaseData(f.Path, Outside(f)).SetArgDisplayNames(f.Path));

    private static double Outside(ScenarioField field)
    {
        var d = field.Declaration;
        if (!double.IsNaN(d.Min)) return field.IsInteger ? d.Min - 1 : d.Min - 0.5;
        if (!double.IsNaN(d.Above)) return d.Above;
        if (!double.IsNaN(d.Max)) return field.IsInteger ? d.Max + 1 : d.Max + 0.5;
        return d.Below;
    }

    [TestCaseSource(nameof(OutOfRangeValues))]
    public void AValueOutsideItsDeclaredRangeIsAnErrorAtItsPath(string fieldPath, double value)
    {
        var scenario = JObject.Parse(File.ReadAllText(TestScenarios.ShippedScenario("quickstart.json")));
        scenario.Remove("$schema");
        var jsonPath = Write(scenario, fieldPath, value);
        var errors = TestScenarios.ErrorsOf(scenario.ToString());
        var error = errors.FirstOrDefault(e => e.JsonPath == jsonPath);
        Assert.That(error, Is.Not.Null, $"{jsonPath} = {value} gave: {string.Join("; ", errors)}");
        Assert.That(error!.Message, Does.StartWith("must be ").And.EndWith($"got {FormatOf(value, FieldAt(fieldPath))}"));
        Assert.That(error.Line, Is.GreaterThan(0), "the error names the line of the value");
    }

    [Test]
    public void AChoiceOutsideTheDeclaredOnesListsThem()
    {
        var scenario = TestScenarios.Certain();
        scenario["platforms"]![0]!["feed"]!["ranking"] = "loudest";
        Assert.That(TestScenarios.ErrorsOf(scenario.ToString()).Select(e => $"{e.JsonPath}: {e.Message}"),
            Does.Contain("platforms[0].feed.ranking: 'loudest' is not one of: chronological, engagement, random, personalized, bridging, simsom"));
    }

    [Test]
    public void AnIdMustBeLettersDigitsDashesAndUnderscores()
    {
        var scenario = TestScenarios.Certain();
        scenario["narratives"]![0]!["id"] = "a claim";
        var error = TestScenarios.ErrorsOf(scenario.ToString()).First(e => e.JsonPath == "narratives[0].id");
        Assert.That(error.Message, Is.EqualTo("'a claim' is not a valid id: use letters, digits, '-' and '_'"));
    }

    [TestCase("segments[0]", "partisanship", "0.3", "is only used by the simsom model, not by 'platform'")]
    [TestCase("segments[0]", "initialOpinion", "0.3", "is only used by the bounded-confidence model, not by the 'contagion' belief model")]
    [TestCase("narratives[0]", "stance", "0.3", "is only used by the bounded-confidence model, not by the 'contagion' belief model")]
    [TestCase("classic", "recovery", "0.2", "is only used by the sis, sir and seir models, not by 'platform'")]
    [TestCase("", "simsom", "{}", "is only used by the simsom model, not by 'platform'")]
    public void AFieldThePlatformModelDoesNotReadIsAnError(string owner, string field, string value, string message)
    {
        var scenario = TestScenarios.Certain();
        if (owner.Length > 0 && scenario.SelectToken(owner) is null) scenario[owner] = new JObject();
        var target = owner.Length == 0 ? scenario : (JObject)scenario.SelectToken(owner)!;
        target[field] = JToken.Parse(value);
        var path = owner.Length == 0 ? field : $"{owner}.{field}";
        Assert.That(TestScenarios.ErrorsOf(scenario.ToString()).Select(e => $"{e.JsonPath}: {e.Message}"), Is.EqualTo(new[] { $"{path}: {message}" }));
    }

    [Test]
    public void ADefaultLeftOutIsNeverAnError()
    {
        Assert.That(TestScenarios.ErrorsOf(TestScenarios.Certain().ToString()), Is.Empty);
    }

    [Test]
    public void AnEventMayChangeALeverButNotWhatShapesTheWorld()
    {
        var scenario = TestScenarios.Certain();
        scenario["events"] = JArray.Parse("""
            [ { "atStep": 1, "set": { "platforms.p.moderation.detection.recall": 0.5, "segments.readers.activity": 0.5 } },
              { "atStep": 2, "set": { "segments.readers.size": 10, "actors.media.followers.perAccount": 3 } } ]
            """);
        var errors = TestScenarios.ErrorsOf(scenario.ToString());
        Assert.That(errors.Select(e => e.Message), Is.EquivalentTo(new[]
        {
            "'segments.<id>.size' shapes the world when it is built and cannot be changed by an event",
            "'actors.<id>.followers' shapes the world when it is built and cannot be changed by an event",
        }));
    }

    [Test]
    public void EveryPropertyOfTheScenarioClassesIsDeclared()
    {
        Assert.That(ScenarioFields.All, Has.Count.GreaterThan(100));
        Assert.That(ScenarioFields.All.Select(f => f.Path), Is.Unique);
        Assert.That(ScenarioFields.All.Where(f => f.Declaration.Meaning.Length == 0).Select(f => f.Path), Is.Empty);
    }

    /// <summary>Writes the value at the field's path (list members: the first), returning the JSON path errors give.</summary>
    private static string Write(JObject scenario, string fieldPath, double value)
    {
        var parts = fieldPath.Split('.');
        JObject current = scenario;
        var jsonPath = new List<string>();
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i] == "*") continue;
            var next = current[parts[i]];
            if (i + 1 < parts.Length && parts[i + 1] == "*")
            {
                current = (JObject)((JArray)next!)[0];
                jsonPath.Add($"{parts[i]}[0]");
                continue;
            }

            if (next is not JObject child)
            {
                child = [];
                current[parts[i]] = child;
            }

            current = child;
            jsonPath.Add(parts[i]);
        }

        var field = FieldAt(fieldPath);
        current[parts[^1]] = field.IsInteger ? new JValue((long)value) : new JValue(value);
        jsonPath.Add(parts[^1]);
        return string.Join('.', jsonPath);
    }

    private static ScenarioField FieldAt(string path) => ScenarioFields.All.Single(f => f.Path == path);

    private static string FormatOf(double value, ScenarioField field) =>
        field.IsInteger ? ((long)value).ToString("N0", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}
