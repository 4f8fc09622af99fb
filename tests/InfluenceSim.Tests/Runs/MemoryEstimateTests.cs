using System.Globalization;
using System.Text.RegularExpressions;
using InfluenceSim.Experiments;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Runs;

/// <summary>
/// The memory estimate against the peak working set measured by 'influencesim bench' in a process of its own, for
/// worlds of several sizes and models: the measured peak lies between half the estimate and 1.25 times it (the
/// estimate counts every array as touched, so it errs high).
/// </summary>
[Parallelizable(ParallelScope.None)]
public partial class MemoryEstimateTests
{
    private const double Lowest = 0.5;
    private const double Highest = 1.25;
    private string _work = "";

    [OneTimeSetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("influencesim-memory").FullName;

    [OneTimeTearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    [TestCase(250_000)]
    [TestCase(750_000)]
    public void ThePlatformModelsPeakIsWithinTheStatedFactor(int agents)
    {
        var scenario = JObject.Parse(File.ReadAllText(TestScenarios.ShippedScenario("scale-1m.json")));
        scenario.Remove("$schema");
        foreach (var segment in scenario["segments"]!) segment["size"] = (long)segment["size"]! * agents / 1_000_000;
        scenario["steps"] = 24;
        AssertPeakNearEstimate(scenario);
    }

    [TestCase("sir", 1_000_000, """{ "transmission": 0.05, "recovery": 0.2, "seeds": { "count": 10 } }""")]
    [TestCase("deffuant", 500_000, """{ "epsilon": 0.3, "mu": 0.3 }""")]
    public void ClassicModelsPeaksAreWithinTheStatedFactor(string model, int nodes, string parameters)
    {
        var scenario = JObject.Parse($$"""
            { "name": "{{model}}", "seed": 3, "steps": 50, "replicates": 1, "model": "{{model}}",
              "classic": {{parameters}},
              "network": { "model": "erdos-renyi", "avgFollows": 10 },
              "segments": [ { "id": "all", "size": {{nodes}} } ] }
            """);
        AssertPeakNearEstimate(scenario);
    }

    [Test]
    public void WorldsRunningAtOnceAndRecordingsKeptAddUp()
    {
        var simulation = ScenarioCompiler.Compile(ScenarioLoader.Load(TestScenarios.ShippedScenario("nk-soft-power.json")));
        var one = MemoryEstimate.For(simulation, threads: 1, replicatesKept: 1);
        var two = MemoryEstimate.For(simulation, threads: 2, replicatesKept: 10);
        long Part(MemoryEstimate e, string what) => e.Parts.Single(p => p.What == what).Bytes;
        Assert.Multiple(() =>
        {
            Assert.That(Part(two, "agents"), Is.EqualTo(2 * Part(one, "agents")));
            Assert.That(Part(two, "recordings"), Is.EqualTo(10 * Part(one, "recordings")));
            Assert.That(Part(one, "recordings"), Is.EqualTo(simulation.Layout.Series.Count * (simulation.Steps + 1L) * 8));
            Assert.That(two.Bytes, Is.EqualTo(two.Parts.Sum(p => p.Bytes)));
        });
    }

    [Test]
    public void AWorldTooBigForTheMachineDoesNotFit()
    {
        var huge = ScenarioCompiler.Compile(ScenarioLoader.Parse("""
            { "name": "huge", "model": "sir", "classic": { "seeds": { "count": 1 } }, "network": { "model": "erdos-renyi", "avgFollows": 5 },
              "segments": [ { "id": "all", "size": 190000000 } ] }
            """, "huge.json", _work));
        var estimate = MemoryEstimate.For(huge, threads: 4, replicatesKept: 10);
        Assert.That(estimate.FitsIn(availableBytes: 24L << 30), Is.False);
        Assert.That(estimate.FitsIn(availableBytes: estimate.Bytes * 2), Is.True);
    }

    private void AssertPeakNearEstimate(JObject scenario)
    {
        var path = Path.Combine(_work, $"{scenario["name"]}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, scenario.ToString());
        using var process = CliProcess.Start("bench", path);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
        var match = PeakLine().Match(output);
        Assert.That(match.Success, Is.True, output);
        var peak = double.Parse(match.Groups["peak"].Value, CultureInfo.InvariantCulture);
        var estimate = double.Parse(match.Groups["estimate"].Value, CultureInfo.InvariantCulture);
        Assert.That(peak, Is.InRange(Lowest * estimate, Highest * estimate), $"peak {peak} MiB against an estimate of {estimate} MiB");
    }

    [GeneratedRegex(@"peak memory\s+(?<peak>\d+) MiB \(peak working set; estimated (?<estimate>\d+) MiB\)")]
    private static partial Regex PeakLine();
}
