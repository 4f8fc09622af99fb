using InfluenceSim.Output;
using InfluenceSim.Plots.Results;
using InfluenceSim.Tests.Cli;

namespace InfluenceSim.Tests.Plots.Results;

public class RunResultsTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("influencesim-results").FullName;
        File.WriteAllText(Path.Combine(_folder, RunWriter.SummaryFile), """{ "scenario": "x", "narratives": {} }""");
        File.WriteAllText(Path.Combine(_folder, RunWriter.ManifestFile), """{ "scenario": { "narratives": [ { "id": "n" } ] } }""");
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void AMalformedTimeseriesLineIsNamed()
    {
        File.WriteAllText(Path.Combine(_folder, RunWriter.TimeseriesFile), TimeseriesWriter.Header + "\n0,0,believers,n,,,3\n0,x,believers,n,,,4\n");
        var error = Assert.Throws<InvalidDataException>(() => RunResults.Load(_folder))!;
        Assert.That(error.Message, Does.Contain("timeseries.csv:3:"));
    }

    [Test]
    public void AFolderWithoutResultsIsAClearError()
    {
        var run = CliTestRun.Of("plot", Path.Combine(_folder, "nothing-here"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("is missing: is this a results folder"));
    }

    [Test]
    public void SeriesAreReadByReplicateAndStep()
    {
        File.WriteAllText(Path.Combine(_folder, RunWriter.TimeseriesFile),
            TimeseriesWriter.Header + "\n0,0,believers,n,,,1\n0,1,believers,n,,,2\n1,0,believers,n,,,5\n1,1,believers,n,,,7\n");
        var results = RunResults.Load(_folder);
        Assert.That(results.Series("believers", "n"), Is.EqualTo(new[] { new[] { 1.0, 2.0 }, new[] { 5.0, 7.0 } }));
        Assert.That(results.Series("aware", "n"), Is.EqualTo(new[] { new[] { 0.0, 0.0 }, new[] { 0.0, 0.0 } }), "absent series are zeros");
    }
}
