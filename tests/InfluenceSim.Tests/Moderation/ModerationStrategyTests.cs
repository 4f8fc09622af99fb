using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Runs;
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

    private sealed record Outcomes(double[] StateBelievers, double[] FalsehoodExposures, double[] RemovedOther, int[] ActorOriginals);

    [OneTimeSetUp]
    public void RunEveryStrategy()
    {
        foreach (var strategy in Strategies)
        {
            var model = new SimulationModel(ScenarioLoader.Load(TestScenarios.ShippedScenario($"moderation-strategies/{strategy}.json")));
            var actorOriginals = new int[model.Replicates];
            var recordings = ReplicateRunner.RunAll(model, threads: Environment.ProcessorCount, finished: (replicate, world, _) =>
                actorOriginals[replicate] = ((World)world).Posts.All.ToArray().Count(p => !p.IsReshare && p.Author >= model.AgentCount));
            var narratives = model.Layout.Narratives;
            var dprk = Enumerable.Range(0, narratives.Count).Where(n => narratives[n].Sponsor == "dprk").ToArray();
            var falsehoods = Enumerable.Range(0, narratives.Count).Where(n => narratives[n].Falsehood).ToArray();
            double Total(SeriesRecording r, MetricDefinition metric, IEnumerable<int> which) => which.Sum(n => r.Final(new SeriesKey(metric, n)));
            var removedOther = new SeriesKey(MetricCatalogue.RemovedOther);
            Results[strategy] = new Outcomes(
                recordings.Select(r => Total(r, MetricCatalogue.Believers, dprk)).ToArray(),
                recordings.Select(r => Total(r, MetricCatalogue.Exposures, falsehoods)).ToArray(),
                recordings.Select(r => model.Layout.IndexOf(removedOther) >= 0 ? r.Final(removedOther) : 0).ToArray(),
                actorOriginals);
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

    [TestCase("labels")]
    [TestCase("removal-fast")]
    [TestCase("nudge")]
    public void StrategiesThatLeaveAccountsAloneSeeTheSameActorPostsAsTheBaseline(string strategy) =>
        Assert.That(Results[strategy].ActorOriginals, Is.EqualTo(Results["none"].ActorOriginals),
            "actor posting draws from its own stream, so moderation that bans no account leaves it exactly as it was");

    [TestCaseSource(nameof(Interventions))]
    public void PairingOnSharedSeedsNarrowsTheIntervalOfTheDifference(string strategy)
    {
        var baseline = Results["none"].FalsehoodExposures;
        var variant = Results[strategy].FalsehoodExposures;
        var paired = MeanDifference.Paired(variant, baseline);
        var unpaired = MeanDifference.Welch(variant, baseline);
        Assert.That(paired.DifferenceHigh - paired.DifferenceLow, Is.LessThan(unpaired.DifferenceHigh - unpaired.DifferenceLow),
            "common random numbers: the replicates of a strategy and of the baseline move together");
    }
}
