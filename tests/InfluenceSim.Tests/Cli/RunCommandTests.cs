using InfluenceSim.Output;
using InfluenceSim.Runs;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Cli;

public class RunCommandTests
{
    private string _work = "";

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("influencesim-cli").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    private string Out(string name) => Path.Combine(_work, name);

    [Test]
    public void WritesTheThreeResultFilesWithTheContractsColumns()
    {
        var run = CliTestRun.Of("run", TestScenarios.ShippedScenario("quickstart.json"), "--out", Out("qs"), "--steps", "12", "--replicates", "2");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = File.ReadAllLines(Path.Combine(Out("qs"), TimeseriesWriter.FileName));
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(Out("qs"), RunResults.SummaryFile)));
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(Out("qs"), RunResults.ManifestFile)));
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("replicate,step,metric,narrative,segment,platform,value"));
            Assert.That(lines.Skip(1).Select(l => l.Split(',')[2]).Distinct(),
                Is.EquivalentTo(new[] { "aware", "believers", "impressions", "exposures", "posts", "reshares" }));
            Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]).Distinct(), Is.EqualTo(new[] { "0", "1" }));
            Assert.That(lines.Skip(1).Max(l => int.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(12));
            Assert.That(summary["outcomes"]!["final_believers.workers-paradise"]!["mean"]!.Type, Is.EqualTo(JTokenType.Float));
            Assert.That(summary["outcomes"]!["falsehood_exposure_share"]!["mean"]!.Value<double>(), Is.InRange(0.0, 1.0));
            Assert.That(summary["outcomes"]!["share_of_voice.dprk"], Is.Not.Null);
            Assert.That(((JArray)summary["series"]!).Any(s => s["metric"]!.Value<string>() == "believers" && s["narrative"]?.Value<string>() == "workers-paradise"
                && s["segment"] is null && s["peak"] is not null), Is.True, "final and peak believers per narrative");
            Assert.That(manifest["replicateSeeds"]!.Count(), Is.EqualTo(2));
            Assert.That(manifest["scenarioSha256"]!.Value<string>(), Has.Length.EqualTo(64));
            Assert.That(manifest["scenario"]!["steps"]!.Value<int>(), Is.EqualTo(12));
            Assert.That(run.Output, Does.Contain("final_believers.workers-paradise"));
        });
    }

    [Test]
    public void SameSeedGivesByteIdenticalResultsWhateverTheThreadCount()
    {
        string[] common = ["run", TestScenarios.ShippedScenario("quickstart.json"), "--steps", "24", "--replicates", "4"];
        Assert.That(CliTestRun.Of([.. common, "--seed", "99", "--out", Out("one"), "--threads", "1"]).ExitCode, Is.Zero);
        Assert.That(CliTestRun.Of([.. common, "--seed", "99", "--out", Out("two"), "--threads", "2"]).ExitCode, Is.Zero);
        Assert.That(CliTestRun.Of([.. common, "--seed", "100", "--out", Out("other-seed"), "--threads", "2"]).ExitCode, Is.Zero);
        foreach (var file in new[] { TimeseriesWriter.FileName, RunResults.SummaryFile })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(Out("two"), file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Out("one"), file))), file);
        }

        Assert.That(File.ReadAllBytes(Path.Combine(Out("other-seed"), TimeseriesWriter.FileName)),
            Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(Out("one"), TimeseriesWriter.FileName))), "the seed matters");
    }

    [Test]
    public void ThreadsLeftOverFromReplicatesGoToTheirStepsWithByteIdenticalResults()
    {
        string[] common = ["run", TestScenarios.ShippedScenario("nk-soft-power.json"), "--steps", "24", "--replicates", "2", "--no-plots"];
        Assert.That(CliTestRun.Of([.. common, "--out", Out("serial"), "--threads", "1"]).ExitCode, Is.Zero);
        var shared = CliTestRun.Of([.. common, "--out", Out("shared"), "--threads", "5"]);
        Assert.That(shared.ExitCode, Is.Zero);
        Assert.That(ThreadShare.Of(5, 2), Is.EqualTo(new ThreadShare(2, 2)), "two replicates at once on two threads each");
        foreach (var file in new[] { TimeseriesWriter.FileName, RunResults.SummaryFile })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(Out("shared"), file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Out("serial"), file))), file);
        }
    }

    [TestCase(8, 8, 8, 1)]
    [TestCase(8, 2, 2, 4)]
    [TestCase(8, 1, 1, 8)]
    [TestCase(3, 2, 2, 1)]
    [TestCase(1, 10, 1, 1)]
    public void ThreadsGoFirstToReplicatesThenToTheirSteps(int threads, int replicates, int atOnce, int perReplicate)
    {
        Assert.That(ThreadShare.Of(threads, replicates), Is.EqualTo(new ThreadShare(atOnce, perReplicate)));
    }

    [Test]
    public void BadScenarioExitsWithTwoListsEveryErrorAndWritesNothing()
    {
        var scenario = JObject.Parse(File.ReadAllText(TestScenarios.ShippedScenario("quickstart.json")));
        scenario["segments"]![0]!["activity"] = 3;
        scenario["actors"]![0]!["languages"] = new JObject { ["en"] = 0.5 };
        var path = Path.Combine(_work, "bad.json");
        File.WriteAllText(path, scenario.ToString());
        var run = CliTestRun.Of("run", path, "--out", Out("never"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("segments[0].activity").And.Contain("actors[0].languages").And.Contain("2 errors"));
            Assert.That(run.Error, Does.Contain($"{path}:"));
            Assert.That(run.Error, Does.Not.Contain(" at "), "no stack trace for a user's mistake");
            Assert.That(Directory.Exists(Out("never")), Is.False);
        });
    }

    [Test]
    public void ExistingResultsAreKeptUnlessForced()
    {
        Directory.CreateDirectory(Out("taken"));
        File.WriteAllText(Path.Combine(Out("taken"), "summary.json"), "precious");
        string[] args = ["run", TestScenarios.ShippedScenario("quickstart.json"), "--out", Out("taken"), "--steps", "2", "--replicates", "1"];
        var refused = CliTestRun.Of(args);
        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Error, Does.Contain("already holds results"));
        Assert.That(File.ReadAllText(Path.Combine(Out("taken"), "summary.json")), Is.EqualTo("precious"));
        Assert.That(CliTestRun.Of([.. args, "--force"]).ExitCode, Is.Zero);
        Assert.That(File.ReadAllText(Path.Combine(Out("taken"), "summary.json")), Does.StartWith("{"));
    }

    [TestCase("--threads", "0")]
    [TestCase("--replicates", "-1")]
    [TestCase("--steps", "many")]
    [TestCase("--colour", "blue")]
    [TestCase("--log", "tweets")]
    [TestCase("--format", "xlsx")]
    public void BadOptionsExitWithTwo(string option, string value)
    {
        var run = CliTestRun.Of("run", TestScenarios.ShippedScenario("quickstart.json"), option, value, "--out", Out("x"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Is.Not.Empty);
        Assert.That(Directory.Exists(Out("x")), Is.False);
    }

    [Test]
    public void LogsOfAClassicModelAreRefusedWithTheReason()
    {
        var run = CliTestRun.Of("run", TestScenarios.ShippedScenario("classic/sir.json"), "--log", "posts", "--out", Out("x"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("logs: is only used by the platform model, not by 'sir'"));
            Assert.That(Directory.Exists(Out("x")), Is.False);
        });
    }

    [Test]
    public void MissingScenarioFileExitsWithTwo()
    {
        var run = CliTestRun.Of("run", Path.Combine(_work, "nope.json"), "--out", Out("x"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("does not exist"));
    }

    [Test]
    public void RunWritesFiguresUnlessToldNotTo()
    {
        string[] common = ["run", TestScenarios.ShippedScenario("quickstart.json"), "--steps", "6", "--replicates", "2"];
        var withPlots = CliTestRun.Of([.. common, "--out", Out("plots")]);
        Assert.That(withPlots.ExitCode, Is.Zero, withPlots.Error);
        Assert.That(Directory.GetFiles(Path.Combine(Out("plots"), "figures"), "*.svg"), Has.Length.EqualTo(8), "six figures of the run and two of its cascades");
        Assert.That(withPlots.Output, Does.Contain($"8 figures written to {Path.Combine(Out("plots"), "figures")}"));
        Assert.That(CliTestRun.Of([.. common, "--out", Out("no-plots"), "--no-plots"]).ExitCode, Is.Zero);
        Assert.That(Directory.Exists(Path.Combine(Out("no-plots"), "figures")), Is.False);
    }

    [Test]
    public void ThePlotCommandWritesSvgAndPngWithNoOtherProgram()
    {
        Assert.That(CliTestRun.Of("run", TestScenarios.ShippedScenario("quickstart.json"), "--steps", "3", "--replicates", "1", "--no-plots", "--out", Out("r")).ExitCode, Is.Zero);
        var path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", _work);
            var run = CliTestRun.Of("plot", Out("r"));
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            var svg = Directory.GetFiles(Path.Combine(Out("r"), "figures"), "*.svg").Select(Path.GetFileNameWithoutExtension);
            Assert.That(Directory.GetFiles(Path.Combine(Out("r"), "figures"), "*.png").Select(Path.GetFileNameWithoutExtension), Is.EquivalentTo(svg).And.Not.Empty);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }
}
