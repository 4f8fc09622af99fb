using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json;

namespace InfluenceSim.Tests.Output;

public class RunResultsTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("influencesim-results").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private static RunResults RunQuickstart(int steps = 6, int replicates = 2)
    {
        var loaded = ScenarioLoader.Load(TestScenarios.ShippedScenario("quickstart.json"), new ScenarioOverrides(Steps: steps, Replicates: replicates));
        var simulation = ScenarioCompiler.Compile(loaded);
        var recordings = ReplicateRunner.RunAll(simulation, threads: 2);
        return RunResults.Of(loaded, simulation, recordings, 2, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
    }

    [Test]
    public void ResultsReadBackFromTheirFilesEqualTheResultsWritten()
    {
        var written = RunQuickstart();
        written.Write(_folder);
        var read = RunResults.Load(_folder);
        Assert.Multiple(() =>
        {
            Assert.That(JsonConvert.SerializeObject(read.Summary), Is.EqualTo(JsonConvert.SerializeObject(written.Summary)));
            Assert.That(read.Manifest.ScenarioSha256, Is.EqualTo(written.Manifest.ScenarioSha256));
            foreach (var key in written.Layout.Series.Where(k => k.InTimeseries))
            {
                Assert.That(read.Series(key), Is.EqualTo(written.Series(key)), key.ToString());
            }
        });
    }

    [Test]
    public void AMalformedTimeseriesLineIsNamed()
    {
        RunQuickstart().Write(_folder);
        var path = Path.Combine(_folder, TimeseriesWriter.FileName);
        var lines = File.ReadAllLines(path);
        lines[2] = "0,x,believers,workers-paradise,,,4";
        File.WriteAllLines(path, lines);
        var error = Assert.Throws<InvalidDataException>(() => RunResults.Load(_folder))!;
        Assert.That(error.Message, Does.Contain("timeseries.csv:3:"));
    }

    [Test]
    public void ASeriesTheSummaryDoesNotListIsNamed()
    {
        RunQuickstart().Write(_folder);
        File.AppendAllText(Path.Combine(_folder, TimeseriesWriter.FileName), "0,1,believers,no-such-narrative,,,4\n");
        var error = Assert.Throws<InvalidDataException>(() => RunResults.Load(_folder))!;
        Assert.That(error.Message, Does.Contain("a series that summary.json does not list"));
    }

    [Test]
    public void ASummaryOfAnotherShapeIsAClearError()
    {
        RunQuickstart().Write(_folder);
        File.WriteAllText(Path.Combine(_folder, RunResults.SummaryFile), """{ "scenario": "x", "narratives": {} }""");
        var error = Assert.Throws<InvalidDataException>(() => RunResults.Load(_folder))!;
        Assert.That(error.Message, Does.Contain("summary.json"));
    }

    [Test]
    public void AFolderWithoutResultsIsAClearError()
    {
        var run = CliTestRun.Of("plot", Path.Combine(_folder, "nothing-here"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("is missing: is this a results folder"));
    }

    [Test]
    public void FlowsAreWrittenPerStepAndStocksAsStates()
    {
        var results = RunQuickstart();
        var recording = results.Recordings[0];
        var posts = new SeriesKey(MetricCatalogue.Posts, 0);
        var perStep = recording.Values(posts);
        Assert.Multiple(() =>
        {
            Assert.That(perStep[0], Is.Zero, "nothing happens at step 0");
            Assert.That(perStep.Sum(), Is.EqualTo(recording.Final(posts)), "the per-step flows add up to the total");
            Assert.That(results.Summary.Find(MetricCatalogue.Posts, "workers-paradise")!.Total!.Mean,
                Is.EqualTo(results.Recordings.Average(r => r.Final(posts))));
        });
    }
}
