using InfluenceSim.Classic;
using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.SimSoM;

/// <summary>
/// SimSoM run from scenario files: the direction of each manipulation tactic, by a one-sided paired t-test at the 1%
/// level over 8 replicates (the two settings share each replicate's seed, so network and bots' placement are the same),
/// bad parameters, and determinism.
/// </summary>
public class SimSoMScenarioTests
{
    private const int Replicates = 8;

    /// <summary>t with 7 degrees of freedom above which a one-sided test rejects at 1%.</summary>
    private static readonly double TCritical = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, Replicates - 1, 0.99);

    private static JObject Small(Action<JObject>? edit = null)
    {
        var scenario = JObject.Parse("""
            {
              "name": "simsom-small", "seed": 77, "steps": 60, "replicates": 8,
              "model": "simsom",
              "simsom": { "beta": 0.05, "gamma": 0.01 },
              "network": { "model": "random-walk", "avgFollows": 30, "followsSpread": 0.75, "homophily": 0.8 },
              "segments": [
                { "id": "left", "size": 1000, "partisanship": -0.7, "misinformation": 0.1 },
                { "id": "right", "size": 1000, "partisanship": 0.7, "misinformation": 0.4 }
              ]
            }
            """);
        edit?.Invoke(scenario);
        return scenario;
    }

    [TestCase("gamma", 0.001, 0.05, 0.01)]
    [TestCase("theta", 1, 16, 0.01)]
    [TestCase("phi", 0, 1, 0.01)]
    public void EachTacticLowersTheQualityOfWhatPeopleSee(string parameter, double mild, double strong, double gamma)
    {
        var mildQuality = LateQuality(s => Set(s, parameter, mild, gamma));
        var strongQuality = LateQuality(s => Set(s, parameter, strong, gamma));
        var t = Paired(mildQuality, strongQuality);
        Assert.That(t, Is.GreaterThan(TCritical),
            $"{parameter} {mild}: {mildQuality.Average():F3}, {strong}: {strongQuality.Average():F3} (relative quality, mean of {Replicates} replicates)");
    }

    /// <summary>
    /// Targeting hubs concentrates bots' follows on the people most followed: with few bots this buys reach, with many
    /// it fills the same feeds again (docs/model.md, "Targeting hubs: contagion and SimSoM").
    /// </summary>
    [TestCase(0.005, true)]
    [TestCase(0.1, false)]
    public void TargetingHubsHarmsMoreWithFewBotsAndLessWithMany(double beta, bool hubsHarmMore)
    {
        void Edit(JObject s, string targeting)
        {
            s["simsom"]!["beta"] = beta;
            s["simsom"]!["gamma"] = 0.1;
            s["simsom"]!["targeting"] = targeting;
        }

        var random = LateQuality(s => Edit(s, "random"));
        var hubs = LateQuality(s => Edit(s, "hubs"));
        var t = hubsHarmMore ? Paired(random, hubs) : Paired(hubs, random);
        Assert.That(t, Is.GreaterThan(TCritical), $"beta {beta}: random {random.Average():F3}, hubs {hubs.Average():F3}");
    }

    [TestCase("simsom.gamma", "1.5", "between 0 and 1")]
    [TestCase("simsom.theta", "0", "at least 1")]
    [TestCase("simsom.alpha", "0", "at least 1")]
    [TestCase("simsom.targeting", "\"celebrities\"", "not one of: random, hubs, partisan, misinformation")]
    [TestCase("simsom.rho", "1", "below 1")]
    [TestCase("network.followsSpread", "-1", "must be 0 or more")]
    [TestCase("simsom.qualityExponent", "1000", "between 0 and 100")]
    public void BadSimSoMParametersAreErrorsThatNameTheField(string path, string value, string message)
    {
        var scenario = Small();
        var parts = path.Split('.');
        ((JObject)scenario[parts[0]]!)[parts[1]] = JToken.Parse(value);
        var error = Assert.Throws<ScenarioException>(() => TestScenarios.Load(scenario))!;
        Assert.That(error.Message, Does.Contain(path).And.Contain(message));
    }

    [Test]
    public void MoreBotFollowsThanANetworkHoldsAreAnError()
    {
        var scenario = Small(s =>
        {
            s["segments"]![0]!["size"] = 1_000_000;
            s["simsom"]!["beta"] = 0.1;
            s["simsom"]!["gamma"] = 0.1;
        });
        var error = Assert.Throws<ScenarioException>(() => TestScenarios.Load(scenario))!;
        Assert.That(error.Message, Does.Contain("simsom.gamma").And.Contain("follow edges a network can hold"));
    }

    [Test]
    public void SimSoMParametersInAnotherModelAreAnError()
    {
        var scenario = Small(s => s["model"] = "sir");
        var error = Assert.Throws<ScenarioException>(() => TestScenarios.Load(scenario))!;
        Assert.That(error.Message, Does.Contain("simsom: is only used by the simsom model, not by 'sir'"));
    }

    [Test]
    public void PartisanTargetingNeedsSomePartisanship()
    {
        var scenario = Small(s => s["simsom"]!["targeting"] = "partisan");
        foreach (var segment in scenario["segments"]!) segment["partisanship"] = 0;
        var error = Assert.Throws<ScenarioException>(() => TestScenarios.Load(scenario))!;
        Assert.That(error.Message, Does.Contain("simsom.targeting").And.Contain("every segment has 0"));
    }

    [Test]
    public void TheSameSeedGivesTheSameRunWhateverTheThreads()
    {
        var simulation = new ClassicSimulation(TestScenarios.Load(Small()));
        var one = ReplicateRunner.Run(simulation, 3, workers: 1);
        var two = ReplicateRunner.Run(simulation, 3, workers: 2);
        var other = ReplicateRunner.Run(simulation, 4, workers: 1);
        string Trace(SeriesRecording r) => string.Join(",", Enumerable.Range(0, r.StepsRecorded).SelectMany(s => Enumerable.Range(0, simulation.Layout.Series.Count).Select(i => r.ValueAt(s, i))));
        Assert.That(Trace(two), Is.EqualTo(Trace(one)));
        Assert.That(Trace(other), Is.Not.EqualTo(Trace(one)));
    }

    /// <summary>The paired t statistic of the replicates' differences (same seeds), higher minus lower.</summary>
    private static double Paired(double[] higher, double[] lower) => MeanDifference.Paired(higher, lower).T;

    private static void Set(JObject scenario, string parameter, double value, double gamma)
    {
        scenario["simsom"]![parameter] = value == Math.Floor(value) ? new JValue((long)value) : new JValue(value);
        if (parameter != "gamma") scenario["simsom"]!["gamma"] = gamma;
    }

    /// <summary>Per replicate, the mean relative quality over the second half of the run (less noisy than the last step's).</summary>
    private static double[] LateQuality(Action<JObject> edit)
    {
        var simulation = new ClassicSimulation(TestScenarios.Load(Small(edit)));
        var series = simulation.Layout.Series.ToList().FindIndex(k => k.Metric == MetricCatalogue.RelativeQuality && k.Segment < 0);
        return Enumerable.Range(0, Replicates).Select(r =>
        {
            var recording = ReplicateRunner.Run(simulation, r);
            var half = recording.StepsRecorded / 2;
            return Enumerable.Range(half, recording.StepsRecorded - half).Average(s => recording.ValueAt(s, series));
        }).ToArray();
    }
}
