using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

/// <summary>
/// Every scenario in scenarios/ loads, points at the schema and runs end to end; every sweep (*.sweep.json) and
/// calibration (*.calibration.json) loads.
/// </summary>
public class ShippedScenarioTests
{
    public static IEnumerable<string> Shipped() =>
        Directory.EnumerateFiles(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && !f.EndsWith(".sweep.json", StringComparison.Ordinal)
                && !f.EndsWith(".calibration.json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), f))
            .Order();

    public static IEnumerable<string> ShippedSweeps() =>
        Directory.EnumerateFiles(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), "*.sweep.json", SearchOption.AllDirectories).Order();

    [TestCaseSource(nameof(ShippedSweeps))]
    public void SweepsLoadWithEveryPointValid(string path) =>
        Assert.That(InfluenceSim.Experiments.SweepLoader.Load(path).Points, Is.Not.Empty);

    public static IEnumerable<string> ShippedCalibrations() =>
        Directory.EnumerateFiles(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), "*.calibration.json", SearchOption.AllDirectories).Order();

    [TestCaseSource(nameof(ShippedCalibrations))]
    public void CalibrationsLoadWithTheirObservations(string path) =>
        Assert.That(LoadedCalibration.Load(path).Observed.Rows, Is.Not.Empty);

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
        var loaded = ScenarioLoader.Load(TestScenarios.ShippedScenario(name), new ScenarioOverrides(Steps: 6, Replicates: 2));
        var simulation = ScenarioCompiler.Compile(loaded);
        var recordings = ReplicateRunner.RunAll(simulation, threads: 2);
        var summary = SummaryBuilder.Build(loaded.Scenario.Name, "", simulation.StepHours, recordings);
        Assert.That(recordings.Select(r => r.StepsRecorded), Has.All.EqualTo(7));
        Assert.That(summary.Replicates, Is.EqualTo(2));
        Assert.That(summary.Outcomes.Keys.Count(k => k.StartsWith("final_", StringComparison.Ordinal)), Is.GreaterThan(0));
        if (simulation.Layout.Metrics.Contains(MetricCatalogue.Posts))
        {
            var posts = Enumerable.Range(0, simulation.Layout.Narratives.Count).Sum(n => recordings[0].Final(new SeriesKey(MetricCatalogue.Posts, n)));
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
            var simulation = ScenarioCompiler.Compile(loaded);
            var recordings = ReplicateRunner.RunAll(simulation, threads: 2);
            var key = new SeriesKey(MetricCatalogue.Exposures, simulation.Layout.IndexOfNarrative("human-rights-abuses"), simulation.Layout.Segments.ToList().IndexOf("us-public"));
            var series = simulation.Layout.IndexOf(key);
            return recordings.Sum(r => r.CumulativeAt(simulation.Steps, series) - r.CumulativeAt(168, series));
        }

        Assert.That(ExposuresAfterTheEvent(withEvent), Is.GreaterThan(1.05 * ExposuresAfterTheEvent(withoutEvent)));
    }
}
