using System.Globalization;
using System.Text.RegularExpressions;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

/// <summary>
/// scripts/bench/scaling.sh, the method docs/performance.md gives for measuring a replicate's speed-up on many cores:
/// rounds of bench runs, one per thread count, each round's speed-ups against its own one-thread run.
/// </summary>
public partial class ScalingScriptTests
{
    private static readonly string Script = Path.Combine(TestScenarios.RepositoryRoot, "scripts", "bench", "scaling.sh");

    [Test]
    public void EachRoundRunsEveryThreadCountAndTheSummaryIsTheirMedians()
    {
        var output = ExternalProgram.Run("bash", [Script, TestScenarios.ShippedScenario("quickstart.json"), "3", "2"],
            TestScenarios.RepositoryRoot, TimeSpan.FromMinutes(5), Environment());

        var runs = RunLine().Matches(output).Select(m => (Round: int.Parse(m.Groups[1].Value), Threads: int.Parse(m.Groups[2].Value),
            Wall: double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.That(runs.Select(r => (r.Round, r.Threads)), Is.EqualTo(new[] { (1, 1), (1, 3), (1, 2), (2, 1), (2, 3), (2, 2), (3, 1), (3, 3), (3, 2) }),
            "one thread first in each round, then the counts asked for, in their order");

        foreach (var threads in new[] { 1, 3, 2 })
        {
            var walls = runs.Where(r => r.Threads == threads).Select(r => r.Wall).Order().ToArray();
            var speedUps = runs.Where(r => r.Threads == threads)
                .Select(r => runs.Single(one => one.Round == r.Round && one.Threads == 1).Wall / r.Wall).Order().ToArray();
            var summary = Regex.Match(output, $@"^{threads} +([\d.]+) / ([\d.]+) / ([\d.]+) s +([\d.]+) \(([\d.]+) to ([\d.]+)\)$", RegexOptions.Multiline);
            Assert.That(summary.Success, Is.True, $"a summary line for {threads} threads in:\n{output}");
            double Field(int group) => double.Parse(summary.Groups[group].Value, CultureInfo.InvariantCulture);
            Assert.That(new[] { Field(1), Field(2), Field(3) }, Is.EqualTo(walls).Within(0.0051), $"wall times of {threads} threads");
            Assert.That(new[] { Field(4), Field(5), Field(6) }, Is.EqualTo(new[] { speedUps[1], speedUps[0], speedUps[2] }).Within(0.0051),
                $"speed-ups of {threads} threads: median, then min and max");
        }
    }

    [Test]
    public void ABenchThatFailsStopsTheScriptWithItsExitCodeAndError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-scenario.json");
        var (exitCode, output, error) = ExternalProgram.Finish("bash", [Script, missing, "2"], TestScenarios.RepositoryRoot, TimeSpan.FromMinutes(2), Environment());
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain($"{missing}: the scenario file"));
        Assert.That(output, Is.Empty, "no run and no summary");
    }

    [TestCase("0", null, "threads: must be whole numbers from 1, got '0'")]
    [TestCase("two", null, "threads: must be whole numbers from 1, got 'two'")]
    [TestCase("2", "0", "ROUNDS: must be a whole number from 1, got '0'")]
    public void BadThreadCountsOrRoundsAreRefusedBeforeAnyRun(string threads, string? rounds, string message)
    {
        var environment = Environment(rounds ?? "3");
        var (exitCode, output, error) = ExternalProgram.Finish("bash", [Script, TestScenarios.ShippedScenario("quickstart.json"), threads],
            TestScenarios.RepositoryRoot, TimeSpan.FromMinutes(1), environment);
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.Trim(), Is.EqualTo(message));
        Assert.That(output, Is.Empty);
    }

    private static Dictionary<string, string> Environment(string rounds = "3") => new()
    {
        ["INFLUENCESIM"] = $"dotnet {Path.Combine(TestContext.CurrentContext.TestDirectory, "influencesim.dll")}",
        ["ROUNDS"] = rounds,
    };

    [GeneratedRegex(@"^round (\d+), threads (\d+): ([\d.]+) s$", RegexOptions.Multiline)]
    private static partial Regex RunLine();
}
