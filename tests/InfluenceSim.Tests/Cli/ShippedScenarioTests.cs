using InfluenceSim.Experiments;
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
        var run = ScenarioRun.For(ScenarioLoader.Load(TestScenarios.ShippedScenario(name), new ScenarioOverrides(Steps: 6, Replicates: 2)));
        var recordings = run.RunAll(2, [0, 1], null, CancellationToken.None);
        var summary = run.Summary(recordings);
        Assert.That(recordings.Select(r => r.StepsRecorded), Has.All.EqualTo(7));
        Assert.That(summary.Value<int>("replicates"), Is.EqualTo(2));
        Assert.That(run.Headline(summary).Count(), Is.GreaterThan(1));
        if (recordings[0] is MetricsRecorder recorder)
        {
            var model = new SimulationModel(run.Loaded);
            var posts = Enumerable.Range(0, model.NarrativeIds.Length)
                .Sum(n => recorder.CumulativeAt(model.Steps, recorder.IndexOf(new SeriesKey(Metrics.Posts, n, -1, -1))));
            Assert.That(posts, Is.GreaterThan(0), "messengers posted");
        }
    }

    [Test]
    public void TheReferenceScenariosEventReachesEnglishReaders()
    {
        // The same world with and without the day-7 event, same seeds: identical until the event, so the difference
        // after it is the event's (the ministry posting 40% in English and twice as often).
        var withEvent = ScenarioLoader.Load(TestScenarios.ShippedScenario("nk-soft-power.json"), new ScenarioOverrides(Replicates: 3));
        var root = (Newtonsoft.Json.Linq.JObject)withEvent.Resolved.DeepClone();
        root["events"] = new Newtonsoft.Json.Linq.JArray();
        var withoutEvent = ScenarioLoader.Parse(root.ToString(), "no-event.json", TestScenarios.RepositoryRoot);
        double ExposuresAfterTheEvent(LoadedScenario loaded)
        {
            var model = new SimulationModel(loaded);
            var recorders = ExperimentRunner.Run(model, 2, r => new MetricsRecorder(model, r));
            var key = new SeriesKey(Metrics.Exposures, Array.IndexOf(model.NarrativeIds, "human-rights-abuses"), Array.IndexOf(model.SegmentIds, "us-public"), -1);
            return recorders.Sum(r => r.CumulativeAt(model.Steps, r.IndexOf(key)) - r.CumulativeAt(168, r.IndexOf(key)));
        }

        Assert.That(ExposuresAfterTheEvent(withEvent), Is.GreaterThan(1.05 * ExposuresAfterTheEvent(withoutEvent)));
    }
}
