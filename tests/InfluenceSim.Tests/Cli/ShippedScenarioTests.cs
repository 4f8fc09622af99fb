using InfluenceSim.Output;
using InfluenceSim.Scenarios;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

/// <summary>Every scenario in scenarios/ loads, points at the schema and runs end to end; every sweep (*.sweep.json) loads.</summary>
public class ShippedScenarioTests
{
    public static IEnumerable<string> Shipped() =>
        Directory.EnumerateFiles(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && !f.EndsWith(".sweep.json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), f))
            .Order();

    public static IEnumerable<string> ShippedSweeps() =>
        Directory.EnumerateFiles(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), "*.sweep.json", SearchOption.AllDirectories).Order();

    [TestCaseSource(nameof(ShippedSweeps))]
    public void SweepsLoadWithEveryPointValid(string path) =>
        Assert.That(InfluenceSim.Experiments.SweepLoader.Load(path).Points, Is.Not.Empty);

    [TestCaseSource(nameof(Shipped))]
    public void LoadsAndReferencesTheSchema(string name)
    {
        var loaded = ScenarioLoader.Load(TestScenarios.ShippedScenario(name));
        Assert.That(loaded.Scenario.Schema, Does.EndWith("influencesim.schema.json"));
        Assert.That(loaded.Scenario.Description, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Shipped))]
    public void RunsEndToEnd(string name)
    {
        var model = new SimulationModel(ScenarioLoader.Load(TestScenarios.ShippedScenario(name), new ScenarioOverrides(Steps: 6, Replicates: 2)));
        var recorders = ExperimentRunner.Run(model, 2, r => new MetricsRecorder(model, r));
        var summary = SummaryBuilder.Build(model, recorders);
        var posts = Enumerable.Range(0, model.NarrativeIds.Length)
            .Sum(n => recorders[0].CumulativeAt(model.Steps, recorders[0].IndexOf(new SeriesKey(Metrics.Posts, n, -1, -1))));
        Assert.That(posts, Is.GreaterThan(0), "messengers posted");
        Assert.That(summary["narratives"]!.Count(), Is.EqualTo(model.NarrativeIds.Length));
    }

    [Test]
    public void TheReferenceScenarioSpreadsAndItsEventReachesNewReaders()
    {
        var model = new SimulationModel(ScenarioLoader.Load(TestScenarios.ShippedScenario("nk-soft-power.json"), new ScenarioOverrides(Replicates: 1)));
        var recorder = new MetricsRecorder(model, 0);
        ExperimentRunner.RunReplicate(model, 0, recorder);
        var japanese = Array.IndexOf(model.SegmentIds, "japan-public");
        var humanRights = Array.IndexOf(model.NarrativeIds, "human-rights-abuses");
        var exposures = recorder.IndexOf(new SeriesKey(Metrics.Exposures, humanRights, japanese, -1));
        var beforeSwitch = recorder.CumulativeAt(168, exposures) - recorder.CumulativeAt(1, exposures);
        var afterSwitch = recorder.CumulativeAt(335, exposures) - recorder.CumulativeAt(168, exposures);
        // Before day 7 only journalists reach Japanese readers; from day 7 the ministry posts in Japanese too.
        Assert.That(afterSwitch, Is.GreaterThan(1.3 * beforeSwitch));
    }
}
