using System.Globalization;
using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Experiments;

/// <summary>
/// Calibration recovers known parameters: observations simulated from quickstart (24 steps) with state media posting
/// 8 a day and English speakers' scepticism 0.4, from another seed, then fitted from wide priors.
/// </summary>
[NonParallelizable]
public class CalibrationRunnerTests
{
    private const double TruePostsPerDay = 8;
    private const double TrueSkepticism = 0.4;
    private string _work = "";

    [OneTimeSetUp]
    public void SimulateTheObservations()
    {
        _work = Directory.CreateTempSubdirectory("influencesim-calibration").FullName;
        File.WriteAllText(Path.Combine(_work, "base.json"), $$"""{ "extends": "{{TestScenarios.ShippedScenario("quickstart.json")}}", "set": { "steps": 24 } }""");
        var truth = ScenarioLoader.Parse($$"""
            { "extends": "{{TestScenarios.ShippedScenario("quickstart.json")}}",
              "set": { "steps": 24, "actors.state-media.postsPerDay": {{TruePostsPerDay}}, "segments.english-speakers.skepticism": {{TrueSkepticism}} } }
            """, "truth.json", _work, new ScenarioOverrides(Seed: 999, Replicates: 5));
        var simulation = ScenarioCompiler.Compile(truth);
        var recordings = ReplicateRunner.RunAll(simulation, threads: 2);
        var lines = new List<string> { "step,metric,narrative,value" };
        foreach (var step in new[] { 6, 12, 18, 24 })
        {
            for (var n = 0; n < simulation.Layout.Narratives.Count; n++)
            {
                var mean = recordings.Average(r => r.Values(new SeriesKey(MetricCatalogue.Believers, n))[step]);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{step},believers,{simulation.Layout.Narratives[n].Id},{mean}"));
            }
        }

        File.WriteAllLines(Path.Combine(_work, "observed.csv"), lines);
    }

    [OneTimeTearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    private string WriteCalibration(int generations = 4, string name = "qs")
    {
        var path = Path.Combine(_work, $"{name}.calibration.json");
        File.WriteAllText(path, $$"""
            {
              "name": "{{name}}",
              "scenario": "base.json",
              "observed": "observed.csv",
              "parameters": [
                { "path": "actors.state-media.postsPerDay", "prior": "log-uniform", "range": [1, 48] },
                { "path": "segments.english-speakers.skepticism", "range": [0, 0.9] }
              ],
              "particles": 60,
              "generations": {{generations}},
              "seed": 3
            }
            """);
        return path;
    }

    [Test]
    public void RecoversTheParametersTheDataCameFrom()
    {
        var folder = Path.Combine(_work, "recover");
        var run = CliTestRun.Of("calibrate", WriteCalibration(), "--out", folder);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var rows = File.ReadAllLines(Path.Combine(folder, CalibrationRunner.SummaryFile)).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0]);
        double N(string[] cells, int i) => double.Parse(cells[i], CultureInfo.InvariantCulture);
        var posts = rows["actors.state-media.postsPerDay"];
        var skepticism = rows["segments.english-speakers.skepticism"];
        Assert.Multiple(() =>
        {
            Assert.That(TruePostsPerDay, Is.InRange(N(posts, 6), N(posts, 8)), "the truth inside the 90% credible interval");
            Assert.That(TrueSkepticism, Is.InRange(N(skepticism, 6), N(skepticism, 8)));
            Assert.That(N(posts, 8) - N(posts, 6), Is.LessThan((48 - 1) / 3.0), "at least 3 times narrower than the prior");
            Assert.That(N(skepticism, 8) - N(skepticism, 6), Is.LessThan(0.9 / 1.5), "at least 1.5 times narrower than the prior");
            Assert.That(File.Exists(Path.Combine(folder, "figures", "posterior-predictive.svg")), Is.True);
            Assert.That(File.ReadAllLines(Path.Combine(folder, CalibrationRunner.PosteriorFile)), Has.Length.EqualTo(61));
            Assert.That(run.Output, Does.Contain("generation 4:"));
        });
    }

    [Test]
    public void AnInterruptedCalibrationResumesToTheSamePosteriorAtAnyThreadCount()
    {
        var path = WriteCalibration(generations: 2, name: "resume");
        var calibration = LoadedCalibration.Load(path);
        var whole = Path.Combine(_work, "whole");
        CalibrationRunner.Run(calibration, whole, threads: 2, force: false);

        var interrupted = Path.Combine(_work, "interrupted");
        using var stop = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() =>
            CalibrationRunner.Run(calibration, interrupted, threads: 1, force: false, generationDone: p => { if (p.Generation == 1) stop.Cancel(); }, cancellation: stop.Token));
        Assert.That(File.Exists(Path.Combine(interrupted, CalibrationRunner.GenerationFile(1))), Is.True, "finished generations are kept");
        Assert.That(File.Exists(Path.Combine(interrupted, CalibrationRunner.GenerationFile(2))), Is.False);
        var resumed = CalibrationRunner.Run(calibration, interrupted, threads: 1, force: false);
        Assert.That(resumed!.Generation, Is.EqualTo(2));
        Assert.That(File.ReadAllText(Path.Combine(interrupted, CalibrationRunner.PosteriorFile)), Is.EqualTo(File.ReadAllText(Path.Combine(whole, CalibrationRunner.PosteriorFile))),
            "resumed on one thread, the posterior is the one run whole on two");
    }

    [Test]
    public async Task ShardsOfAJobArrayReachThePosteriorOfOneProcess()
    {
        var calibration = LoadedCalibration.Load(WriteCalibration(generations: 1, name: "sharded"));
        var alone = Path.Combine(_work, "alone");
        CalibrationRunner.Run(calibration, alone, threads: 2, force: false);
        var shared = Path.Combine(_work, "shared");
        var shards = Enumerable.Range(1, 3).Select(i => Task.Run(() => CalibrationRunner.Run(calibration, shared, threads: 1, force: false, shardIndex: i, shardCount: 3))).ToArray();
        await Task.WhenAll(shards);
        Assert.That(File.ReadAllText(Path.Combine(shared, CalibrationRunner.PosteriorFile)), Is.EqualTo(File.ReadAllText(Path.Combine(alone, CalibrationRunner.PosteriorFile))));
        Assert.That(Directory.GetFiles(Path.Combine(shared, CalibrationShards.Folder)), Is.Not.Empty, "the batches went through the shared folder");
        Assert.That(shards.Select(s => s.Result!.Particles.Count), Is.All.EqualTo(60), "every shard reached the same population");
    }

    [TestCase("step,metric,narrative,value\n99,believers,workers-paradise,3\n", "observed.csv:2", "step takes a whole number from 0 to 24")]
    [TestCase("step,metric,narrative,value\n6,believers,nonsense,3\n", "observed.csv:2", "the run records no series")]
    [TestCase("step,metric,colour,value\n6,believers,red,3\n", "observed.csv:1", "unknown column 'colour'")]
    public void BadObservationsNameTheFileAndLine(string csv, string where, string message)
    {
        File.WriteAllText(Path.Combine(_work, "bad-observed.csv"), csv);
        var path = Path.Combine(_work, "bad.calibration.json");
        File.WriteAllText(path, File.ReadAllText(WriteCalibration(name: "bad")).Replace("observed.csv", "bad-observed.csv", StringComparison.Ordinal));
        var run = CliTestRun.Of("calibrate", path, "--out", Path.Combine(_work, "never"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("bad-" + where).And.Contain(message));
        Assert.That(Directory.Exists(Path.Combine(_work, "never")), Is.False);
    }

    [Test]
    public void APriorReachingOutsideWhatTheFieldAllowsIsAnErrorBeforeAnythingRuns()
    {
        var path = Path.Combine(_work, "outside.calibration.json");
        File.WriteAllText(path, File.ReadAllText(WriteCalibration(name: "outside")).Replace("[0, 0.9]", "[0, 1.5]", StringComparison.Ordinal));
        var run = CliTestRun.Of("calibrate", path, "--out", Path.Combine(_work, "never3"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("skepticism"));
        Assert.That(run.Error, Does.Not.Contain("internal error"));
    }

    [Test]
    public void BadCalibrationFieldsAreLocated()
    {
        var path = Path.Combine(_work, "fields.calibration.json");
        File.WriteAllText(path, File.ReadAllText(WriteCalibration(name: "fields")).Replace("\"log-uniform\"", "\"normal\"", StringComparison.Ordinal).Replace("\"particles\": 60", "\"particles\": 3", StringComparison.Ordinal));
        var run = CliTestRun.Of("calibrate", path, "--out", Path.Combine(_work, "never2"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("parameters[0].prior").And.Contain("'normal' is not one of").And.Contain("particles"));
    }
}
