using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Experiments;

/// <summary>The run workflow from the library, as `run` uses it: claim a folder, run, publish whole.</summary>
public class ScenarioRunTests
{
    private string _work = "";

    [SetUp]
    public void CreateFolder() => _work = Directory.CreateTempSubdirectory("influencesim-scenario-run-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_work, recursive: true);

    private static LoadedScenario Quickstart() =>
        ScenarioLoader.Load(TestScenarios.ShippedScenario("quickstart.json"), new ScenarioOverrides(Steps: 6, Replicates: 3));

    [Test]
    public void RunsEveryReplicateIntoTheClaimedFolderAndRefusesASecondClaim()
    {
        var folder = Path.Combine(_work, "out");
        var run = ScenarioRun.Of(Quickstart());
        var done = 0;
        using (var claimed = ScenarioRun.Claim(folder, replace: false))
        {
            Assert.That(() => ScenarioRun.Claim(folder, replace: false), Throws.InstanceOf<OutputFolderException>(), "the folder is locked while claimed");
            var results = run.Run(claimed, threads: 2, TimeseriesFormat.Csv, () => Interlocked.Increment(ref done));
            Assert.That(results.Summary.Replicates, Is.EqualTo(3));
        }

        Assert.Multiple(() =>
        {
            Assert.That(done, Is.EqualTo(3));
            Assert.That(File.Exists(Path.Combine(folder, RunResults.SummaryFile)), Is.True);
            Assert.That(() => ScenarioRun.Claim(folder, replace: false), Throws.InstanceOf<OutputFolderException>().With.Message.Contain("already holds results"));
        });
        using var replacing = ScenarioRun.Claim(folder, replace: true);
    }

    [Test]
    public void OneReplicateRunsWithTheSeedItHasInAFullRun()
    {
        var all = ScenarioRun.Of(Quickstart());
        var one = ScenarioRun.Of(Quickstart(), onlyReplicate: 2);
        Assert.That(one.Replicates, Is.EqualTo(new[] { 2 }));
        Assert.That(one.Simulation.ReplicateSeed(2), Is.EqualTo(all.Simulation.ReplicateSeed(2)));
        Assert.That(() => ScenarioRun.Of(Quickstart(), onlyReplicate: 3),
            Throws.InstanceOf<RunRequestException>().With.Message.EqualTo("--replicate 3: the scenario has 3 replicates, numbered 0 to 2"));
    }
}
