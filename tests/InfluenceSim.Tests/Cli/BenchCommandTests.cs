using System.Globalization;
using System.Text.RegularExpressions;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Cli;

public partial class BenchCommandTests
{
    private string _work = "";

    [SetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("influencesim-bench-test-").FullName;

    [TearDown]
    public void DeleteWork() => Directory.Delete(_work, recursive: true);

    [Test]
    public void AProfileProjectsTheSpeedUpOnEachNumberOfCores()
    {
        var run = CliTestRun.Of("bench", QuickstartOfThreeChunks(), "--profile", "--threads", "4");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("threads             1, the parallel parts cut for 3 (--profile)"), "three chunks of agents");
        var serial = SerialLine().Match(run.Output);
        Assert.That(serial.Success, Is.True, run.Output);
        var (serialSeconds, totalSeconds) = (Number(serial.Groups["serial"]), Number(serial.Groups["total"]));
        Assert.That(serialSeconds, Is.GreaterThan(0).And.LessThan(totalSeconds));
        Assert.That(Number(serial.Groups["items"]), Is.GreaterThanOrEqualTo(72 * 3), "each step's three chunks of sessions at least");
        var rows = ProjectionRow().Matches(run.Output);
        Assert.That(rows.Select(r => int.Parse(r.Groups["cores"].Value, CultureInfo.InvariantCulture)), Is.EqualTo(new[] { 2, 4 }));
        var sessions = SessionsRow().Match(run.Output);
        Assert.That(sessions.Success, Is.True, run.Output);
        Assert.That((Number(sessions.Groups["runs"]), Number(sessions.Groups["items"])), Is.EqualTo((72.0, 72.0 * 3)), "each step's three chunks");
        Assert.That(Number(sessions.Groups["cores"]), Is.LessThanOrEqualTo(Number(sessions.Groups["one"])), "a part takes no longer on four cores than on one");
        foreach (Match row in rows)
        {
            var (cores, scheduled, amdahl) = (Number(row.Groups["cores"]), Number(row.Groups["scheduled"]), Number(row.Groups["amdahl"]));
            Assert.That(scheduled, Is.InRange(1.0, amdahl + 0.005), row.Value);
            // The printed seconds are rounded to the millisecond: the bound from them lies between those of the extremes they may stand for.
            double Bound(double serial, double total) => 1 / (serial / total + (1 - serial / total) / cores);
            Assert.That(amdahl, Is.InRange(Bound(serialSeconds + 0.0005, totalSeconds - 0.0005) - 0.005, Bound(serialSeconds - 0.0005, totalSeconds + 0.0005) + 0.005), row.Value);
        }
    }

    [Test]
    public void TheClassicBenchmarksAreValidScenariosOfAMillionNodes()
    {
        var scenarios = InfluenceSim.Cli.Commands.BenchCommand.ClassicScenarios();
        Assert.That(scenarios.Select(s => (s.Scenario.Model, s.Scenario.Segments.Sum(segment => segment.Size))),
            Is.EqualTo(new[] { ("sir", 1_000_000), ("independent-cascade", 1_000_000) }));
    }

    [TestCase("--threads", "1")]
    [TestCase("--classic")]
    public void AProfileOnOneThreadOrOfTheClassicModelsIsRefused(params string[] options)
    {
        var run = CliTestRun.Of(["bench", "--profile", .. options]);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("--profile"));
        Assert.That(run.Output, Is.Empty);
    }

    private string QuickstartOfThreeChunks()
    {
        var scenario = JObject.Parse(File.ReadAllText(TestScenarios.ShippedScenario("quickstart.json")));
        scenario["segments"]![0]!["size"] = 30_000;
        scenario["segments"]![1]!["size"] = 10_000;
        var path = Path.Combine(_work, "three-chunks.json");
        File.WriteAllText(path, scenario.ToString());
        return path;
    }

    private static double Number(Group group) => double.Parse(group.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"serial work\s+(?<serial>[\d.]+) s of (?<total>[\d.]+) s \([\d.]+%\); the rest in (?<items>[\d,]+) items")]
    private static partial Regex SerialLine();

    [GeneratedRegex(@"^\s+(?<cores>\d+)\s+(?<scheduled>[\d.]+)x\s+(?<amdahl>[\d.]+)x\s*$", RegexOptions.Multiline)]
    private static partial Regex ProjectionRow();

    [GeneratedRegex(@"^\s+sessions\s+(?<runs>[\d,]+)\s+(?<items>[\d,]+)\s+(?<one>[\d.]+) s\s+(?<cores>[\d.]+) s\s+[\d.]+ s$", RegexOptions.Multiline)]
    private static partial Regex SessionsRow();
}
