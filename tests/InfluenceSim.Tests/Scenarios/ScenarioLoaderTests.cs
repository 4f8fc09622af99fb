using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private static IReadOnlyList<ScenarioError> ErrorsAfter(Action<JObject> edit)
    {
        var scenario = TestScenarios.Certain();
        edit(scenario);
        return TestScenarios.ErrorsOf(scenario.ToString());
    }

    private static ScenarioError SingleError(Action<JObject> edit)
    {
        var errors = ErrorsAfter(edit);
        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        return errors[0];
    }

    [Test]
    public void AValidScenarioLoadsWithItsValuesAndDefaults()
    {
        var loaded = TestScenarios.Load(TestScenarios.Certain());
        Assert.Multiple(() =>
        {
            Assert.That(loaded.Scenario.Name, Is.EqualTo("certain"));
            Assert.That(loaded.Scenario.Segments[0].Size, Is.EqualTo(200));
            Assert.That(loaded.Scenario.Segments[0].PeerCredibility, Is.EqualTo(0.5), "default");
            Assert.That(loaded.Scenario.Platforms[0].Feed.Ranking, Is.EqualTo(FeedRankings.Chronological), "default");
            Assert.That(loaded.SourceHash, Has.Length.EqualTo(64));
        });
    }

    [TestCase("ranking", "\"popular\"", "platforms[0].feed.ranking", "bridging")]
    [TestCase("beliefBoost", "0.5", "platforms[0].feed.beliefBoost", "must be at least 1 (1 ranks as engagement does), got 0.5")]
    [TestCase("bridgingWeight", "-1", "platforms[0].feed.bridgingWeight", "0 or more")]
    public void BadFeedRankingFieldsAreNamedWithTheirPath(string field, string value, string path, string message)
    {
        var error = SingleError(s => s["platforms"]![0]!["feed"]![field] = JToken.Parse(value));
        Assert.That(error.JsonPath, Is.EqualTo(path));
        Assert.That(error.Line, Is.GreaterThan(0), "the line is named too");
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void AnUnknownLogIsNamedWithItsPath()
    {
        var error = SingleError(s => s["logs"] = new JArray("posts", "tweets"));
        Assert.That(error.JsonPath, Is.EqualTo("logs[1]"));
        Assert.That(error.Message, Does.Contain("posts").And.Contain("cascades"));
    }

    [Test]
    public void CommandLineLogsAndReachAreAddedToTheScenarios()
    {
        var scenario = TestScenarios.Certain();
        scenario["logs"] = new JArray("cascades");
        var loaded = TestScenarios.Load(scenario, new ScenarioOverrides(Logs: ["posts", "cascades"], CascadeReach: true));
        Assert.That(loaded.Scenario.Logs, Is.EqualTo(new[] { "cascades", "posts" }));
        Assert.That(loaded.Scenario.CascadeReach, Is.True);
    }

    [Test]
    public void UnknownFieldIsAnErrorWithLineColumnAndPath()
    {
        const string json = """
            {
              "name": "x",
              "languages": ["en"],
              "platforms": [ { "id": "p" } ],
              "segments": [ { "id": "s", "size": 10, "languages": ["en"], "platforms": { "p": 1 },
                              "skeptisism": 0.5 } ],
              "narratives": [ { "id": "n" } ]
            }
            """;
        var errors = TestScenarios.ErrorsOf(json);
        Assert.That(errors, Has.Count.EqualTo(1));
        var error = errors[0];
        Assert.Multiple(() =>
        {
            Assert.That(error.File, Is.EqualTo("bad.json"));
            Assert.That(error.Line, Is.EqualTo(6));
            Assert.That(error.Column, Is.GreaterThan(0));
            Assert.That(error.JsonPath, Is.EqualTo("segments[0].skeptisism"));
            Assert.That(error.Message, Does.Contain("unknown field 'skeptisism'").And.Contain("skepticism"));
            Assert.That(error.ToString(), Does.StartWith("bad.json:6:"));
        });
    }

    [Test]
    public void WrongTypeNamesWhatWasExpected()
    {
        var error = SingleError(s => s["segments"]![0]!["size"] = "many");
        Assert.That(error.JsonPath, Is.EqualTo("segments[0].size"));
        Assert.That(error.Message, Is.EqualTo("expected a whole number, got the string \"many\""));
    }

    [Test]
    public void ProbabilityOutsideTheUnitIntervalIsAnError()
    {
        var error = SingleError(s => s["segments"]![0]!["skepticism"] = 1.5);
        Assert.That(error.JsonPath, Is.EqualTo("segments[0].skepticism"));
        Assert.That(error.Message, Does.Contain("between 0 and 1, got 1.5"));
    }

    [Test]
    public void NegativeSizeIsAnError()
    {
        var error = SingleError(s => s["segments"]![0]!["size"] = -5);
        Assert.That(error.JsonPath, Is.EqualTo("segments[0].size"));
        Assert.That(error.Message, Does.Contain("at least 0, got -5"));
    }

    [Test]
    public void UndefinedReferencesAreErrors()
    {
        var errors = ErrorsAfter(s =>
        {
            s["segments"]![0]!["platforms"] = new JObject { ["myspace"] = 0.5 };
            s["segments"]![0]!["languages"] = new JArray("klingon");
            s["actors"]![0]!["narratives"] = new JObject { ["moon-landing"] = 1.0 };
            s["actors"]![0]!["followers"]!["segments"] = new JArray("martians");
        });
        var messages = string.Join("\n", errors);
        Assert.Multiple(() =>
        {
            Assert.That(messages, Does.Contain("'myspace' is not a defined platform"));
            Assert.That(messages, Does.Contain("'klingon' is not a defined language"));
            Assert.That(messages, Does.Contain("'moon-landing' is not a defined narrative"));
            Assert.That(messages, Does.Contain("'martians' is not a defined segment"));
        });
    }

    [Test]
    public void MixThatDoesNotSumToOneIsAnError()
    {
        var error = SingleError(s => s["actors"]![0]!["languages"] = new JObject { ["en"] = 0.5, ["ko"] = 0.3 });
        Assert.That(error.JsonPath, Is.EqualTo("actors[0].languages"));
        Assert.That(error.Message, Does.Contain("sum to 1, they sum to 0.8"));
    }

    [Test]
    public void MissingRequiredFieldIsAnError()
    {
        var error = SingleError(s => ((JObject)s["segments"]![0]!).Remove("size"));
        Assert.That(error.JsonPath, Is.EqualTo("segments[0]"));
        Assert.That(error.Message, Is.EqualTo("missing required field 'size'"));
    }

    [Test]
    public void UnknownEnumValueListsTheAllowedOnes()
    {
        var error = SingleError(s => s["network"]!["model"] = "small-world");
        Assert.That(error.Message, Does.Contain("'small-world' is not one of: erdos-renyi, barabasi-albert, watts-strogatz, sbm, random-walk, edgelist"));
    }

    [Test]
    public void DuplicateIdsAreErrors()
    {
        var error = SingleError(s => ((JArray)s["narratives"]!).Add(new JObject { ["id"] = "claim" }));
        Assert.That(error.JsonPath, Is.EqualTo("narratives[1].id"));
        Assert.That(error.Message, Does.Contain("defined twice"));
    }

    [Test]
    public void EveryErrorIsListedAtOnce()
    {
        var errors = ErrorsAfter(s =>
        {
            s["steps"] = 0;
            s["segments"]![0]!["activity"] = -0.1;
            s["narratives"]![0]!["appeal"] = 2;
            s["bogus"] = true;
        });
        Assert.That(errors.Select(e => e.JsonPath), Is.EquivalentTo(new[] { "steps", "segments[0].activity", "narratives[0].appeal", "bogus" }));
    }

    [Test]
    public void InvalidJsonNamesTheLine()
    {
        var errors = TestScenarios.ErrorsOf("{\n  \"name\": \"x\",\n  \"steps\": ,\n}");
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Line, Is.EqualTo(3));
        Assert.That(errors[0].Message, Does.StartWith("not valid JSON"));
    }

    [Test]
    public void DuplicateFieldInTheFileIsAnError()
    {
        var errors = TestScenarios.ErrorsOf("{ \"name\": \"x\", \"name\": \"y\" }");
        Assert.That(errors.Single().Message, Does.Contain("name"));
    }

    [Test]
    public void OverridesReplaceTheFilesSettings()
    {
        var loaded = TestScenarios.Load(TestScenarios.Certain(), new ScenarioOverrides(Seed: 77, Steps: 9, Replicates: 3));
        Assert.Multiple(() =>
        {
            Assert.That(loaded.Scenario.Seed, Is.EqualTo(77));
            Assert.That(loaded.Scenario.Steps, Is.EqualTo(9));
            Assert.That(loaded.Scenario.Replicates, Is.EqualTo(3));
            Assert.That((int)loaded.Resolved["steps"]!, Is.EqualTo(9), "the manifest's resolved scenario shows the override");
        });
    }

    [Test]
    public void MissingEdgeListFileIsAnErrorAtItsPath()
    {
        var error = SingleError(s => s["network"] = new JObject { ["model"] = "edgelist", ["path"] = "no-such-file.csv" });
        Assert.That(error.JsonPath, Is.EqualTo("network.path"));
        Assert.That(error.Message, Does.Contain("does not exist"));
    }

    [Test]
    public void MalformedEdgeListLineIsReportedWithTheEdgeListFileAndLine()
    {
        var directory = Directory.CreateTempSubdirectory("influencesim-edges").FullName;
        File.WriteAllText(Path.Combine(directory, "edges.csv"), "follower,followed\n0,1\n1,oops\n");
        var scenario = TestScenarios.Certain();
        scenario["network"] = new JObject { ["model"] = "edgelist", ["path"] = "edges.csv" };
        var errors = TestScenarios.ErrorsOf(scenario.ToString(), directory);
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(errors[0].File, Does.EndWith("edges.csv"));
            Assert.That(errors[0].Line, Is.EqualTo(3));
            Assert.That(errors[0].Message, Does.Contain("followed 'oops' is not a whole number"));
        });
    }

    [Test]
    public void CommentsAreAllowed()
    {
        var json = "// a scenario\n" + TestScenarios.Certain().ToString().Replace("\"seed\": 5,", "\"seed\": 5, /* fixed */", StringComparison.Ordinal);
        Assert.That(TestScenarios.ErrorsOf(json), Is.Empty);
    }

    [Test]
    public void ContentAfterTheScenarioObjectIsAnError()
    {
        var errors = TestScenarios.ErrorsOf(TestScenarios.Certain().ToString() + "\n{}");
        Assert.That(errors.Single().Message, Does.Contain("not valid JSON"));
    }
}
