using InfluenceSim.Output;
using InfluenceSim.Scenarios;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Moderation;

/// <summary>
/// The shipped moderation strategies (scenarios/moderation-strategies) against each other, each run with its
/// scenario's seed and 10 replicates. "Clearly lower" means lower by more than three standard errors of the
/// difference of the means (Welch), a one-sided chance of about 0.1% if there were no difference.
/// </summary>
[NonParallelizable]
public class ModerationStrategyTests
{
    private static readonly string[] Strategies =
        ["none", "labels", "removal-fast", "removal-slow", "bans-recreate", "bans-no-recreation", "circuit-breaker", "nudge", "combined"];

    private static readonly Dictionary<string, Outcomes> Results = [];

    private sealed record Outcomes(double[] StateBelievers, double[] FalsehoodExposures, double[] RemovedOther);

    [OneTimeSetUp]
    public void RunEveryStrategy()
    {
        foreach (var strategy in Strategies)
        {
            var model = new SimulationModel(ScenarioLoader.Load(TestScenarios.ShippedScenario($"moderation-strategies/{strategy}.json")));
            var recorders = ExperimentRunner.Run(model, Environment.ProcessorCount, r => new MetricsRecorder(model, r));
            var dprk = Enumerable.Range(0, model.NarrativeIds.Length).Where(n => model.Sponsors[model.NarrativeSponsor[n]] == "dprk").ToArray();
            var falsehoods = Enumerable.Range(0, model.NarrativeIds.Length).Where(n => model.NarrativeFalsehood[n]).ToArray();
            double Total(MetricsRecorder r, string metric, IEnumerable<int> narratives) =>
                narratives.Sum(n => (double)r.CumulativeAt(model.Steps, r.IndexOf(new SeriesKey(metric, n, -1, -1))));
            Results[strategy] = new Outcomes(
                recorders.Select(r => Total(r, Metrics.Believers, dprk)).ToArray(),
                recorders.Select(r => Total(r, Metrics.Exposures, falsehoods)).ToArray(),
                recorders.Select(r => model.HasModeration ? (double)r.CumulativeAt(model.Steps, r.IndexOf(new SeriesKey(Metrics.RemovedOther, -1, -1, -1))) : 0).ToArray());
        }
    }

    private static void AssertClearlyLower(double[] lower, double[] higher, string what)
    {
        var difference = higher.Average() - lower.Average();
        var standardError = Math.Sqrt(Variance(lower) / lower.Length + Variance(higher) / higher.Length);
        Assert.That(difference, Is.GreaterThan(3 * standardError),
            $"{what}: {lower.Average():0.#} should be clearly below {higher.Average():0.#} (standard error of the difference {standardError:0.#})");
    }

    private static double Variance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }

    public static IEnumerable<string> Interventions() => Strategies.Skip(1);

    [TestCaseSource(nameof(Interventions))]
    public void EveryStrategyLowersStateNarrativeBelievers(string strategy) =>
        AssertClearlyLower(Results[strategy].StateBelievers, Results["none"].StateBelievers, $"{strategy} believers of DPRK narratives");

    [TestCaseSource(nameof(Interventions))]
    public void EveryStrategyLowersFalsehoodExposure(string strategy) =>
        AssertClearlyLower(Results[strategy].FalsehoodExposures, Results["none"].FalsehoodExposures, $"{strategy} falsehood exposures");

    [Test]
    public void FasterRemovalBeatsSlowerRemoval()
    {
        AssertClearlyLower(Results["removal-fast"].FalsehoodExposures, Results["removal-slow"].FalsehoodExposures, "falsehood exposures");
        AssertClearlyLower(Results["removal-fast"].StateBelievers, Results["removal-slow"].StateBelievers, "believers");
    }

    [Test]
    public void BansHelpLessWhenBannedAccountsComeBack()
    {
        AssertClearlyLower(Results["bans-no-recreation"].FalsehoodExposures, Results["bans-recreate"].FalsehoodExposures, "falsehood exposures");
        AssertClearlyLower(Results["bans-no-recreation"].StateBelievers, Results["bans-recreate"].StateBelievers, "believers");
    }

    [Test]
    public void RemovalWithFalsePositivesRemovesOtherPostsToo()
    {
        Assert.That(Results["removal-fast"].RemovedOther, Has.All.GreaterThan(0));
        Assert.That(Results["none"].RemovedOther, Has.All.Zero);
    }
}
