using InfluenceSim.Platforms;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Scenarios;

public class ScenarioEventTests
{
    private static JObject WithEvent(JObject set, int atStep = 2)
    {
        var scenario = TestScenarios.Certain();
        scenario["events"] = new JArray(new JObject { ["atStep"] = atStep, ["set"] = set });
        return scenario;
    }

    [Test]
    public void AnEventChangesParametersFromItsStepOn()
    {
        var model = TestScenarios.Model(WithEvent(new JObject
        {
            ["actors.media.languages"] = new JObject { ["ko"] = 1.0 },
            ["segments.readers.skepticism"] = 0.25,
        }));
        Assert.Multiple(() =>
        {
            Assert.That(model.ParametersAt(1).ActorLanguageCumulative[0][0], Is.EqualTo(1.0), "before: all English");
            Assert.That(model.ParametersAt(2).ActorLanguageCumulative[0][0], Is.EqualTo(0.0), "after: no English");
            Assert.That(model.ParametersAt(1).Skepticism[0], Is.EqualTo(0.0));
            Assert.That(model.ParametersAt(3).Skepticism[0], Is.EqualTo(0.25));
        });
    }

    [Test]
    public void AnEventMayChangeAFieldLeftToItsDefault()
    {
        var model = TestScenarios.Model(WithEvent(new JObject { ["platforms.p.feed.ranking"] = "engagement" }));
        Assert.That(model.ParametersAt(1).Ranking[0], Is.EqualTo(FeedRankingKind.Chronological));
        Assert.That(model.ParametersAt(2).Ranking[0], Is.EqualTo(FeedRankingKind.Engagement));
    }

    [Test]
    public void AnEventThatBreaksAMixIsReportedAtTheEvent()
    {
        var errors = TestScenarios.ErrorsOf(WithEvent(new JObject { ["actors.media.languages"] = new JObject { ["ko"] = 0.4 } }).ToString());
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].JsonPath, Is.EqualTo("events[0].set"));
        Assert.That(errors[0].Message, Does.Contain("the event at step 2 makes actors[0].languages invalid").And.Contain("sum to 1"));
        Assert.That(errors[0].Line, Is.GreaterThan(0));
    }

    [TestCase("actors.nobody.postsPerDay", "no member of 'actors' with id 'nobody'")]
    [TestCase("segments.readers.size", "cannot be changed by an event")]
    [TestCase("network.avgFollows", "cannot be changed by an event")]
    [TestCase("actors.media", "cannot be changed by an event")]
    public void PathsThatLeadNowhereOrChangeTheStructureAreErrors(string path, string message)
    {
        var errors = TestScenarios.ErrorsOf(WithEvent(new JObject { [path] = 1 }).ToString());
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].JsonPath, Does.StartWith("events[0].set"));
        Assert.That(errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void AnEventSettingAnUnknownFieldIsAnError()
    {
        var errors = TestScenarios.ErrorsOf(WithEvent(new JObject { ["actors.media.postsPerWeek"] = 3 }).ToString());
        Assert.That(errors.Single().Message, Does.Contain("unknown field 'postsPerWeek'"));
    }
}
