using InfluenceSim.Classic;
using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Classic;

/// <summary>Classic models run from scenario files: validation, results, theory through the whole pipeline, sweeps.</summary>
public class ClassicScenarioTests
{
    private static JObject Sir(int nodes = 2000) => JObject.Parse($$"""
        {
          "name": "sir-test", "seed": 3, "steps": 200, "replicates": 4,
          "model": "sir",
          "classic": { "transmission": 0.1, "recovery": 0.2, "seeds": { "count": 10 } },
          "network": { "model": "erdos-renyi", "avgFollows": 5 },
          "segments": [ { "id": "a", "size": {{nodes / 2}} }, { "id": "b", "size": {{nodes / 2}} } ]
        }
        """);

    [Test]
    public void SirFromAScenarioReachesThePercolationFinalSize()
    {
        var simulation = new ClassicSimulation(TestScenarios.Load(Sir(20_000)));
        var theory = ClassicGraphs.PercolationFinalSize(5, EpidemicProcess.Transmissibility(0.1, 0.2));
        var outcomes = RunOutcomes.For(simulation.Layout);
        var names = outcomes.Select(o => o.Name).ToList();
        var finals = Enumerable.Range(0, 4).Select(r =>
        {
            var values = RunOutcomes.Of(outcomes, ReplicateRunner.Run(simulation, r));
            Assert.That(values[names.IndexOf("final_infected")], Is.Zero, "the outbreak is over after 200 steps");
            return values[names.IndexOf("final_removed")] / 20_000;
        }).ToArray();
        Assert.That(finals.Average(), Is.EqualTo(theory).Within(0.02));
    }

    [Test]
    public void CompartmentsAddUpToTheNodesOfEachSegment()
    {
        var simulation = new ClassicSimulation(TestScenarios.Load(Sir()));
        var recording = ReplicateRunner.Run(simulation, 0);
        var series = simulation.Layout.Series;
        for (var step = 0; step < recording.StepsRecorded; step++)
        {
            foreach (var segment in new[] { -1, 0, 1 })
            {
                var total = Enumerable.Range(0, series.Count).Where(i => series[i].Segment == segment).Sum(i => recording.ValueAt(step, i));
                Assert.That(total, Is.EqualTo(segment < 0 ? 2000 : 1000));
            }
        }
    }

    [Test]
    public void TheSameSeedGivesTheSameRun()
    {
        var simulation = new ClassicSimulation(TestScenarios.Load(Sir()));
        var a = ReplicateRunner.Run(simulation, 1);
        var b = ReplicateRunner.Run(simulation, 1);
        var c = ReplicateRunner.Run(simulation, 2);
        string Trace(SeriesRecording r) => string.Join(",", Enumerable.Range(0, r.StepsRecorded).Select(s => r.ValueAt(s, 1)));
        Assert.That(Trace(b), Is.EqualTo(Trace(a)));
        Assert.That(Trace(c), Is.Not.EqualTo(Trace(a)));
    }

    [TestCase("narratives", """[ { "id": "n" } ]""", "only used by the platform model")]
    [TestCase("classic.transmission", "1.5", "between 0 and 1")]
    [TestCase("classic.seeds.count", "5000", "there are only 2000 nodes")]
    [TestCase("classic.seeds.choice", "\"best\"", "not one of: random, degree, listed")]
    [TestCase("classic.mu", "0.3", "classic.mu: is only used by the deffuant model, not by 'sir'")]
    [TestCase("classic.initialShare", "0.3", "classic.initialShare: is only used by the voter, majority-rule, sznajd and q-voter models, not by 'sir'")]
    [TestCase("model", "\"seirs\"", "not one of: platform, si, sis, sir, seir")]
    public void BadClassicScenariosAreErrors(string path, string value, string message)
    {
        var scenario = Sir();
        var parts = path.Split('.');
        JToken target = scenario;
        foreach (var part in parts[..^1]) target = target[part]!;
        target[parts[^1]] = JToken.Parse(value);
        var errors = TestScenarios.ErrorsOf(scenario.ToString());
        Assert.That(string.Join("\n", errors), Does.Contain(message));
    }

    [Test]
    public void AFieldTheModelDoesNotReadIsNamedAtItsPlaceInTheFile()
    {
        const string text = """
            { "name": "x", "model": "sir",
              "classic": { "transmission": 0.2,
                           "epsilon": 0.3 },
              "network": { "model": "erdos-renyi", "avgFollows": 4 },
              "segments": [ { "id": "all", "size": 100, "partisanship": 0.5 } ] }
            """;
        var errors = TestScenarios.ErrorsOf(text);
        Assert.That(errors.Select(e => (e.JsonPath, e.Line, e.Column)), Is.EquivalentTo(new[]
        {
            ("classic.epsilon", 3, 29),
            ("segments[0].partisanship", 5, 63),
        }));
        Assert.That(errors.Select(e => e.Message), Is.EquivalentTo(new[]
        {
            "is only used by the deffuant and hegselmann-krause models, not by 'sir'",
            "is only used by the simsom model, not by 'sir'",
        }));
    }

    [Test]
    public void DeffuantsStepIsAtMostHalf()
    {
        var scenario = Sir();
        scenario["model"] = "deffuant";
        scenario["classic"] = JObject.Parse("""{ "mu": 0.9 }""");
        Assert.That(string.Join("\n", TestScenarios.ErrorsOf(scenario.ToString())), Does.Contain("classic.mu: must be above 0 and at most 0.5, got 0.9"));
    }

    [Test]
    public void EveryClassicModelIsAPlugInWithAScenarioAndADocSection()
    {
        var names = ClassicModels.All.Select(m => m.Name).ToList();
        var headings = File.ReadAllLines(Path.Combine(TestScenarios.RepositoryRoot, "docs", "classic-models.md")).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.That(names, Is.EquivalentTo(ScenarioModels.All.Except([ScenarioModels.Platform, ScenarioModels.SimSoM])), "every classic model's name has a plug-in");
        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                Assert.That(File.Exists(TestScenarios.ShippedScenario($"classic/{name}.json")), Is.True, $"scenarios/classic/{name}.json");
                Assert.That(headings.Any(h => h.Contains($"`{name}`", StringComparison.Ordinal)), Is.True, $"docs/classic-models.md has a section on {name}");
                Assert.That(ClassicModels.Named(name).Metrics, Is.Not.Empty, name);
            }
        });
    }

    [Test]
    public void MajorityRulesGroupMustBeOdd()
    {
        var scenario = Sir();
        scenario["model"] = "majority-rule";
        scenario["classic"] = JObject.Parse("""{ "groupSize": 4 }""");
        Assert.That(TestScenarios.ErrorsOf(scenario.ToString()).Select(e => $"{e.JsonPath}: {e.Message}"),
            Is.EqualTo(new[] { "classic.groupSize: must be odd, so that a group always has a majority, got 4" }));
    }

    [Test]
    public void ListedSeedsMustBeNodes()
    {
        var scenario = Sir();
        scenario["classic"]!["seeds"] = JObject.Parse("""{ "choice": "listed", "nodes": [3, 2000] }""");
        var error = TestScenarios.ErrorsOf(scenario.ToString()).Single();
        Assert.That(error.JsonPath, Is.EqualTo("classic.seeds.nodes[1]"));
    }

    [Test]
    public void ThePlatformModelStillNeedsItsParts()
    {
        var errors = TestScenarios.ErrorsOf("""{ "name": "x", "segments": [ { "id": "s", "size": 10 } ] }""");
        var text = string.Join("\n", errors);
        Assert.That(text, Does.Contain("languages").And.Contain("at least one platform").And.Contain("at least one narrative"));
    }

    [Test]
    public void RunWritesResultsFiguresAndAReport()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("influencesim-classic").FullName, "sir");
        var run = CliTestRun.Of("run", TestScenarios.ShippedScenario("classic/sir.json"), "--out", folder, "--replicates", "3", "--steps", "30");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = File.ReadAllLines(Path.Combine(folder, "timeseries.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(lines[1], Is.EqualTo("0,0,susceptible,,,,1990"));
            Assert.That(lines.Skip(1).Select(l => l.Split(',')[2]).Distinct(), Is.EquivalentTo(new[] { "susceptible", "infected", "removed" }));
            Assert.That(File.ReadAllLines(Path.Combine(folder, "outcomes.csv"))[0], Is.EqualTo("replicate,seed,final_susceptible,peak_susceptible,final_infected,peak_infected,final_removed,peak_removed"));
            Assert.That(Directory.GetFiles(Path.Combine(folder, "figures"), "*.svg").Select(Path.GetFileName), Is.EquivalentTo(new[] { "states.svg", "states-by-segment.svg" }));
            Assert.That(run.Output, Does.Contain("Final values"));
        });
        var report = CliTestRun.Of("report", folder);
        Assert.That(report.ExitCode, Is.Zero, report.Error);
        Assert.That(File.ReadAllText(Path.Combine(folder, "report.html")), Does.Contain("final_removed").And.Contain("Final values by segment"));
    }

    [Test]
    public void ClassicScenariosCanBeSwept()
    {
        var work = Directory.CreateTempSubdirectory("influencesim-classic-sweep").FullName;
        var path = Path.Combine(work, "t.sweep.json");
        File.WriteAllText(path, $$"""
            { "name": "transmission", "scenario": "{{TestScenarios.ShippedScenario("classic/sir.json")}}", "replicates": 3,
              "parameters": [ { "path": "classic.transmission", "values": [0.02, 0.2] }, { "path": "steps", "values": [60] } ] }
            """);
        var outcome = SweepRunner.Run(SweepLoader.Load(path), Path.Combine(work, "out"), new SweepRunOptions(2));
        Assert.That(outcome.Ran, Is.EqualTo(2));
        var summary = File.ReadAllLines(Path.Combine(work, "out", SweepTables.SummaryFile));
        var removedColumn = summary[0].Split(',').ToList().IndexOf("final_removed_mean");
        var low = double.Parse(summary[1].Split(',')[removedColumn], System.Globalization.CultureInfo.InvariantCulture);
        var high = double.Parse(summary[2].Split(',')[removedColumn], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(high, Is.GreaterThan(10 * low), "c T = 0.45 stays small, c T = 3.3 takes most");
    }
}
