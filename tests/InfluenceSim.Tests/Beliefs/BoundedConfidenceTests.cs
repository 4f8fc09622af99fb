using InfluenceSim.Metrics;
using InfluenceSim.Beliefs;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Beliefs;

/// <summary>
/// The bounded-confidence belief model in the platform world: 200 readers of one state account (stance 0.8), all
/// reading 5 items a step, credibility 1.
/// </summary>
public class BoundedConfidenceTests
{
    private static JObject World(double opinion, double epsilon, double mu, double spread = 0)
    {
        var scenario = TestScenarios.Certain();
        scenario["actors"]![0]!["postsPerDay"] = 960;
        scenario["narratives"]![0]!["stance"] = 0.8;
        scenario["segments"]![0]!["initialOpinion"] = opinion;
        scenario["segments"]![0]!["opinionSpread"] = spread;
        scenario["beliefs"] = new JObject { ["model"] = "bounded-confidence", ["epsilon"] = epsilon, ["mu"] = mu };
        return scenario;
    }

    [Test]
    public void ReadersWithinTheBoundMoveToTheStanceAndBelieve()
    {
        var world = TestScenarios.RunSteps(TestScenarios.Model(World(opinion: 0.2, epsilon: 1.0, mu: 1.0)), 2);
        Assert.Multiple(() =>
        {
            Assert.That(world.OpinionOf(0), Is.EqualTo(0.8).Within(1e-12), "mu x credibility = 1: straight to the stance");
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(200));
            Assert.That(world.BeliefOf(0, 0), Is.EqualTo(BeliefState.Believer));
        });
    }

    [Test]
    public void ReadersOutsideTheBoundAreNotMoved()
    {
        var world = TestScenarios.RunSteps(TestScenarios.Model(World(opinion: -0.5, epsilon: 0.5, mu: 1.0)), 3);
        Assert.Multiple(() =>
        {
            Assert.That(world.OpinionOf(0), Is.EqualTo(-0.5));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.Zero);
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Aware)), Is.EqualTo(200), "they saw it");
        });
    }

    [Test]
    public void EachExposureMovesTheOpinionMuTimesCredibilityOfTheWay()
    {
        var scenario = World(opinion: 0.0, epsilon: 1.0, mu: 0.5);
        scenario["actors"]![0]!["credibility"] = 0.5;
        scenario["platforms"]![0]!["feed"]!["readPerSession"] = 1;
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 2);
        // One exposure: 0 + 0.5 x 0.5 x (0.8 - 0) = 0.2, still 0.6 from the stance: not a believer (epsilon / 2 = 0.5).
        Assert.That(world.OpinionOf(7), Is.EqualTo(0.2).Within(1e-12));
        Assert.That(world.BeliefOf(7, 0), Is.EqualTo(BeliefState.Aware));
    }

    [Test]
    public void StartingOpinionsNearAStanceAreBeliefs()
    {
        var world = WorldBuilder.Build(TestScenarios.Model(World(opinion: 0.7, epsilon: 0.4, mu: 0.1)), 0);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(200), "|0.7 - 0.8| < 0.2");
        var spread = WorldBuilder.Build(TestScenarios.Model(World(opinion: 0, epsilon: 0.4, mu: 0.1, spread: 1)), 0);
        Assert.That(Enumerable.Range(0, 200).Select(spread.OpinionOf), Has.All.InRange(-1.0, 1.0));
        var believers = Enumerable.Range(0, 200).Count(a => Math.Abs(spread.OpinionOf(a) - 0.8) < 0.2);
        Assert.That(spread.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(believers));
    }

    [Test]
    public void InitialBelieversAreNotPartOfThisModel()
    {
        var scenario = World(opinion: 0, epsilon: 0.5, mu: 0.3);
        scenario["segments"]![0]!["initialBelievers"] = new JObject { ["claim"] = 0.5 };
        Assert.That(string.Join("\n", TestScenarios.ErrorsOf(scenario.ToString())), Does.Contain("is only used by the contagion model, not by the 'bounded-confidence' belief model"));
    }
}
