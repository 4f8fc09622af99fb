using System.Diagnostics;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Experiments;

/// <summary>Sweeps on the quickstart world: tables, seeds, resume, shards and merge, and a killed process.</summary>
[NonParallelizable]
public class SweepRunnerTests
{
    private string _work = "";

    [SetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("influencesim-sweep").FullName;

    [TearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    private string WriteSweep(int steps = 12, string skepticism = "[0.2, 0.6]", string name = "test-sweep")
    {
        var path = Path.Combine(_work, $"{name}.json");
        File.WriteAllText(path, $$"""
            {
              "name": "{{name}}",
              "scenario": "{{TestScenarios.ShippedScenario("quickstart.json")}}",
              "parameters": [
                { "path": "steps", "values": [{{steps}}] },
                { "path": "actors.state-media.postsPerDay", "values": [6, 12, 24] },
                { "path": "segments.english-speakers.skepticism", "range": {{skepticism}}, "steps": 3 }
              ],
              "replicates": 2
            }
            """);
        return path;
    }

    private string Folder(string name) => Path.Combine(_work, name);

    private static SweepRunner.Outcome Run(string sweep, string folder, int threads = 2, int shard = 1, int shards = 1) =>
        SweepRunner.Run(SweepLoader.Load(sweep), folder, new SweepRunOptions(threads, shard, shards));

    [Test]
    public void WritesOneRowPerPointAndReplicateWithItsSeed()
    {
        var sweepFile = WriteSweep();
        var outcome = Run(sweepFile, Folder("a"));
        var rows = File.ReadAllLines(Path.Combine(Folder("a"), SweepTables.RowsFile));
        var summary = File.ReadAllLines(Path.Combine(Folder("a"), SweepTables.SummaryFile));
        var sweep = SweepLoader.Load(sweepFile);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Ran, Is.EqualTo(9));
            Assert.That(rows[0], Does.StartWith("point,replicate,seed,steps,actors.state-media.postsPerDay,segments.english-speakers.skepticism,final_believers.workers-paradise"));
            Assert.That(rows, Has.Length.EqualTo(1 + 9 * 2));
            Assert.That(summary, Has.Length.EqualTo(1 + 9));
            Assert.That(summary[0], Does.Contain("final_believers.workers-paradise_mean,final_believers.workers-paradise_sd,final_believers.workers-paradise_ci95_low"));
            Assert.That(rows[3].Split(',')[..6], Is.EqualTo(new[] { "1", "0", new InfluenceSim.Simulation.SimulationModel(sweep.Scenarios[1]).ReplicateSeed(0).ToString(System.Globalization.CultureInfo.InvariantCulture), "12", "6", "0.4" }));
        });
    }

    [Test]
    public void PointsCanKeepTheirTimeSeriesInParquet()
    {
        var sweepFile = WriteSweep();
        Run(sweepFile, Folder("csv"));
        SweepRunner.Run(SweepLoader.Load(sweepFile), Folder("parquet"), new SweepRunOptions(2, Format: TimeseriesFormat.Parquet));
        var point = Path.Combine(Folder("parquet"), "point-0004");
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(point, TimeseriesParquet.FileName)), Is.True);
            Assert.That(File.Exists(Path.Combine(point, TimeseriesWriter.FileName)), Is.False);
            Assert.That(File.ReadAllText(Path.Combine(Folder("parquet"), SweepTables.RowsFile)), Is.EqualTo(File.ReadAllText(Path.Combine(Folder("csv"), SweepTables.RowsFile))));
            var fromCsv = RunResults.Load(Path.Combine(Folder("csv"), "point-0004"));
            var fromParquet = RunResults.Load(point);
            foreach (var key in fromCsv.Layout.Series.Where(k => k.InTimeseries)) Assert.That(fromParquet.Series(key), Is.EqualTo(fromCsv.Series(key)), key.ToString());
        });
    }

    [TestCase("sobol", "\"samples\": 4", 16, new[] { "first_order", "total" })]
    [TestCase("morris", "\"trajectories\": 3", 9, new[] { "mu_star", "sigma", "mu" })]
    public void SensitivityDesignsWriteTheirIndices(string design, string size, int points, string[] indexNames)
    {
        var path = Path.Combine(_work, $"{design}.sweep.json");
        File.WriteAllText(path, $$"""
            {
              "name": "{{design}}",
              "scenario": "{{TestScenarios.ShippedScenario("quickstart.json")}}",
              "design": { "type": "{{design}}", {{size}} },
              "parameters": [
                { "path": "actors.state-media.postsPerDay", "range": [2, 24] },
                { "path": "segments.english-speakers.skepticism", "range": [0.2, 0.8] }
              ],
              "replicates": 1
            }
            """);
        var run = CliTestRun.Of("sweep", path, "--out", Folder(design));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = File.ReadAllLines(Path.Combine(Folder(design), SensitivityAnalysis.FileName));
        var outcomes = OutcomesTable.Read(Path.Combine(Folder(design), "point-0000")).Names;
        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetDirectories(Folder(design), "point-*"), Has.Length.EqualTo(points));
            Assert.That(lines[0], Is.EqualTo(SensitivityAnalysis.Header));
            Assert.That(lines, Has.Length.EqualTo(1 + outcomes.Count * 2 * indexNames.Length));
            Assert.That(lines.Skip(1).Select(l => l.Split(',')[2]).Distinct(), Is.EquivalentTo(indexNames));
            Assert.That(run.Output, Does.Contain(design == "sobol" ? "Sobol design: base sample N = 4" : "Morris design: 3 trajectories"));
            Assert.That(run.Output, Does.Contain("Sensitivity indices with 95% intervals"));
        });
        var plot = CliTestRun.Of("plot", Folder(design));
        Assert.That(plot.ExitCode, Is.Zero, plot.Error);
        Assert.That(File.Exists(Path.Combine(Folder(design), "figures", "sensitivity.svg")), Is.True);
    }

    [Test]
    public void ARowCanBeRerunAlone()
    {
        Run(WriteSweep(), Folder("a"));
        var row = File.ReadAllLines(Path.Combine(Folder("a"), SweepTables.RowsFile))[8].Split(',');
        var (point, replicate) = (int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture), row[1]);
        var pointScenario = Path.Combine(Folder("a"), $"point-{point:D4}", SweepRunner.PointScenarioFile);
        var run = CliTestRun.Of("run", pointScenario, "--replicate", replicate, "--out", Folder("alone"), "--no-plots");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var alone = File.ReadAllLines(Path.Combine(Folder("alone"), OutcomesWriter.FileName))[1].Split(',');
        Assert.That(alone, Is.EqualTo(new[] { row[1], row[2] }.Concat(row[6..])));
    }

    [Test]
    public void RunningAgainResumesAndChangesNothing()
    {
        var sweep = WriteSweep();
        Run(sweep, Folder("a"));
        var before = File.ReadAllBytes(Path.Combine(Folder("a"), SweepTables.RowsFile));
        Directory.Delete(Path.Combine(Folder("a"), "point-0004"), recursive: true);
        var again = Run(sweep, Folder("a"));
        Assert.Multiple(() =>
        {
            Assert.That(again.AlreadyFinished, Is.EqualTo(8));
            Assert.That(again.Ran, Is.EqualTo(1));
            Assert.That(File.ReadAllBytes(Path.Combine(Folder("a"), SweepTables.RowsFile)), Is.EqualTo(before));
        });
    }

    [Test]
    public void AFolderOfAnotherSweepIsRefused()
    {
        Run(WriteSweep(), Folder("a"));
        var other = WriteSweep(skepticism: "[0.3, 0.6]", name: "other");
        Assert.Throws<OutputFolderException>(() => Run(other, Folder("a")));
        var run = CliTestRun.Of("sweep", other, "--out", Folder("a"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(CliTestRun.Of("sweep", other, "--out", Folder("a"), "--force").ExitCode, Is.Zero);
    }

    [Test]
    public void ResultsDoNotDependOnTheThreadCount()
    {
        var sweep = WriteSweep();
        Run(sweep, Folder("one"), threads: 1);
        Run(sweep, Folder("three"), threads: 3);
        Assert.That(File.ReadAllBytes(Path.Combine(Folder("three"), SweepTables.RowsFile)),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(Folder("one"), SweepTables.RowsFile))));
    }

    [Test]
    public void ShardsMergedEqualASingleRun()
    {
        var sweep = WriteSweep();
        Run(sweep, Folder("single"));
        var first = Run(sweep, Folder("shard1"), shard: 1, shards: 2);
        var second = Run(sweep, Folder("shard2"), shard: 2, shards: 2);
        Assert.That(first.ShardPoints + second.ShardPoints, Is.EqualTo(9));
        var merged = CliTestRun.Of("merge", Folder("merged"), Folder("shard1"), Folder("shard2"));
        Assert.That(merged.ExitCode, Is.Zero, merged.Error);
        Assert.That(merged.Output, Does.Contain("9 of 9 points"));
        foreach (var table in new[] { SweepTables.RowsFile, SweepTables.SummaryFile })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(Folder("merged"), table)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Folder("single"), table))), table);
        }
    }

    [Test]
    public void MergingShardsOfDifferentSweepsIsRefused()
    {
        Run(WriteSweep(), Folder("a"), shard: 1, shards: 2);
        Run(WriteSweep(skepticism: "[0.3, 0.6]", name: "other"), Folder("b"), shard: 2, shards: 2);
        var run = CliTestRun.Of("merge", Folder("merged"), Folder("a"), Folder("b"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("holds another sweep"));
    }

    [Test]
    public void AKilledSweepKeepsItsFinishedPointsAndResumesToTheSameResult()
    {
        var sweep = WriteSweep(steps: 72);
        Run(sweep, Folder("uninterrupted"));
        using var process = CliProcess.Start("sweep", sweep, "--out", Folder("killed"), "--threads", "1");
        var clock = Stopwatch.StartNew();
        while (!Directory.Exists(Path.Combine(Folder("killed"), "point-0001")) && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) Thread.Sleep(20);
        Assume.That(process.HasExited, Is.False, "the sweep finished before it could be killed");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var kept = Directory.GetDirectories(Folder("killed"), "point-*");
        Assert.That(kept.Length, Is.InRange(2, 8), "some points finished, not all");
        Assert.That(kept.All(p => File.Exists(Path.Combine(p, OutcomesWriter.FileName)) && File.Exists(Path.Combine(p, RunResults.ManifestFile))), Is.True,
            "every point folder is complete");
        var resumed = CliTestRun.Of("sweep", sweep, "--out", Folder("killed"), "--threads", "2");
        Assert.That(resumed.ExitCode, Is.Zero, resumed.Error);
        Assert.That(resumed.Output, Does.Match($"{kept.Length} points? already finished"));
        Assert.That(Directory.GetDirectories(Folder("killed"), ".*"), Is.Empty, "abandoned staging folders are cleaned up");
        Assert.That(File.ReadAllBytes(Path.Combine(Folder("killed"), SweepTables.RowsFile)),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(Folder("uninterrupted"), SweepTables.RowsFile))));
    }

    [Test]
    public void ABadPointIsReportedWithTheSweepFileBeforeAnythingRuns()
    {
        var path = Path.Combine(_work, "bad.json");
        File.WriteAllText(path, $$"""
            { "name": "bad", "scenario": "{{TestScenarios.ShippedScenario("quickstart.json")}}",
              "parameters": [ { "path": "actors.state-media.postsPerDay", "values": [3, -1] } ] }
            """);
        var error = Assert.Throws<ScenarioException>(() => SweepLoader.Load(path))!.Errors.Single();
        Assert.That(error.File, Is.EqualTo(path));
        Assert.That(error.Message, Does.Contain("point 1 (actors.state-media.postsPerDay = -1)").And.Contain("must be 0 or more"));
        var run = CliTestRun.Of("sweep", path, "--out", Folder("never"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(Directory.Exists(Folder("never")), Is.False);
    }

    [TestCase("""{ "name": "x", "scenario": "missing.json", "parameters": [ { "path": "steps", "values": [1] } ] }""", "does not exist")]
    [TestCase("""{ "name": "x", "scenario": "SCENARIO", "parameters": [ { "path": "steps" } ] }""", "give either 'values' or 'range'")]
    [TestCase("""{ "name": "x", "scenario": "SCENARIO", "design": { "type": "latin-hypercube" }, "parameters": [ { "path": "steps", "values": [1] } ] }""", "give 'range' instead")]
    [TestCase("""{ "name": "x", "scenario": "SCENARIO", "parameters": [ { "path": "seed", "range": [5, 1] } ] }""", "must be [lowest, highest]")]
    [TestCase("""{ "name": "x", "scenario": "SCENARIO", "parameters": [], "colour": "red" }""", "unknown field 'colour'")]
    [TestCase("""{ "name": "x", "scenario": "SCENARIO", "design": { "type": "sobol", "samples": 20 }, "parameters": [ { "path": "seed", "range": [1, 5] } ] }""", "takes a power of two")]
    [TestCase("""{ "name": "x", "scenario": "SCENARIO", "design": { "type": "sobol", "samples": 8 }, "parameters": [ { "path": "steps", "values": [1] } ] }""", "a sobol design samples ranges")]
    [TestCase("""{ "name": "x", "scenario": "SCENARIO", "design": { "type": "morris", "levels": 5 }, "parameters": [ { "path": "seed", "range": [1, 5] } ] }""", "an even number")]
    [TestCase("""{ "name": "x", "scenario": "SCENARIO", "design": { "type": "morris", "trajectories": 1 }, "parameters": [ { "path": "seed", "range": [1, 5] } ] }""", "at least 2")]
    public void BadSweepFilesAreErrors(string json, string message)
    {
        var path = Path.Combine(_work, "bad.json");
        File.WriteAllText(path, json.Replace("SCENARIO", TestScenarios.ShippedScenario("quickstart.json"), StringComparison.Ordinal));
        var errors = Assert.Throws<ScenarioException>(() => SweepLoader.Load(path))!.Errors;
        Assert.That(string.Join("\n", errors), Does.Contain(message));
    }

    [Test]
    public void AComplementKeepsAMixSummingToOne()
    {
        var sweep = SweepLoader.Load(TestScenarios.ShippedScenario("digital-diplomacy/english-share.sweep.json"));
        var mofa = sweep.Scenarios[3].Scenario.Actors.Single(a => a.Id == "rok-mofa");
        Assert.That(mofa.Languages["en"], Is.EqualTo(0.25));
        Assert.That(mofa.Languages["ko"], Is.EqualTo(0.75));
    }
}
