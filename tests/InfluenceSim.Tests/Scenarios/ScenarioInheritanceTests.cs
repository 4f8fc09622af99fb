using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Scenarios;

public class ScenarioInheritanceTests
{
    private string _folder = "";

    [SetUp]
    public void WriteBase()
    {
        _folder = Directory.CreateTempSubdirectory("influencesim-extends").FullName;
        File.WriteAllText(Path.Combine(_folder, "base.json"), TestScenarios.Certain().ToString());
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static IReadOnlyList<ScenarioError> ErrorsOf(string path)
    {
        try
        {
            ScenarioLoader.Load(path);
            return [];
        }
        catch (ScenarioException e)
        {
            return e.Errors;
        }
    }

    [Test]
    public void AVariantReplacesTopLevelFieldsAndSetsPaths()
    {
        var path = Write("variant.json", """
            {
              "extends": "base.json",
              "name": "variant",
              "steps": 9,
              "set": { "platforms.*.moderation.remove.enabled": true, "segments.readers.skepticism": 0.3 }
            }
            """);
        var loaded = ScenarioLoader.Load(path);
        Assert.Multiple(() =>
        {
            Assert.That(loaded.Scenario.Name, Is.EqualTo("variant"));
            Assert.That(loaded.Scenario.Steps, Is.EqualTo(9));
            Assert.That(loaded.Scenario.Replicates, Is.EqualTo(1), "from the base");
            Assert.That(loaded.Scenario.Platforms[0].Moderation.Remove.Enabled, Is.True);
            Assert.That(loaded.Scenario.Segments[0].Skepticism, Is.EqualTo(0.3));
            Assert.That(loaded.Resolved["extends"], Is.Null, "the resolved scenario is the merged world");
        });
    }

    [Test]
    public void VariantsChain()
    {
        Write("middle.json", """{ "extends": "base.json", "name": "middle", "set": { "segments.readers.skepticism": 0.3 } }""");
        var path = Write("top.json", """{ "extends": "middle.json", "name": "top", "set": { "segments.readers.activity": 0.5 } }""");
        var scenario = ScenarioLoader.Load(path).Scenario;
        Assert.That(scenario.Segments[0].Skepticism, Is.EqualTo(0.3));
        Assert.That(scenario.Segments[0].Activity, Is.EqualTo(0.5));
    }

    [Test]
    public void AnErrorInTheVariantNamesTheVariantFile()
    {
        var path = Write("variant.json", "{\n  \"extends\": \"base.json\",\n  \"set\": { \"segments.readers.skepticism\": 4 }\n}");
        var error = ErrorsOf(path).Single();
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Message, Does.Contain("between 0 and 1, got 4"));
        Assert.That(error.Line, Is.EqualTo(3));
    }

    [Test]
    public void AnErrorInTheBaseNamesTheBaseFile()
    {
        var broken = TestScenarios.Certain();
        broken["segments"]![0]!["activity"] = 7;
        File.WriteAllText(Path.Combine(_folder, "base.json"), broken.ToString());
        var error = ErrorsOf(Write("variant.json", """{ "extends": "base.json", "name": "v" }""")).Single();
        Assert.That(error.File, Is.EqualTo(Path.Combine(_folder, "base.json")));
        Assert.That(error.JsonPath, Is.EqualTo("segments[0].activity"));
    }

    [TestCase("""{ "extends": "missing.json" }""", "does not exist")]
    [TestCase("""{ "extends": "loop.json" }""", "goes round in a circle")]
    [TestCase("""{ "extends": "base.json", "set": { "actors.nobody.postsPerDay": 1 } }""", "no member of 'actors' with id 'nobody'")]
    [TestCase("""{ "name": "x", "set": { "steps": 1 } }""", "needs 'extends'")]
    public void BadInheritanceIsAnError(string json, string message)
    {
        var error = ErrorsOf(Write("loop.json", json))[0];
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void TheProvenanceHashCoversTheBase()
    {
        var path = Write("variant.json", """{ "extends": "base.json", "name": "v" }""");
        var before = ScenarioLoader.Load(path).SourceHash;
        var changed = TestScenarios.Certain();
        changed["seed"] = 6;
        File.WriteAllText(Path.Combine(_folder, "base.json"), changed.ToString());
        Assert.That(ScenarioLoader.Load(path).SourceHash, Is.Not.EqualTo(before));
    }

    [Test]
    public void EventsMaySetEveryMemberOfAList()
    {
        var scenario = TestScenarios.Certain();
        scenario["events"] = JArray.Parse("""[ { "atStep": 1, "set": { "segments.*.skepticism": 0.9 } } ]""");
        var model = TestScenarios.Model(scenario);
        Assert.That(model.ParametersAt(1).Skepticism, Is.All.EqualTo(0.9));
    }
}
