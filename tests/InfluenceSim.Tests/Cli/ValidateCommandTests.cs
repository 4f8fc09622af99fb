using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

public class ValidateCommandTests
{
    [Test]
    public void AValidScenarioExitsWithZero()
    {
        var run = CliTestRun.Of("validate", TestScenarios.ShippedScenario("nk-soft-power.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("valid (64,500 agents, 4 platforms"));
    }

    [Test]
    public void AnInvalidScenarioListsFileLineColumnPathAndExitsWithTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"influencesim-invalid-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "name": "x",
              "languages": ["en"],
              "platforms": [ { "id": "p" } ],
              "segments": [ { "id": "s", "size": 10, "languages": ["en"], "platforms": { "q": 1 } } ],
              "narratives": [ { "id": "n", "appeal": 7 } ]
            }
            """);
        try
        {
            var run = CliTestRun.Of("validate", path);
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain($"{path}:5:").And.Contain("segments[0].platforms['q']: 'q' is not a defined platform (defined: p)"));
            Assert.That(run.Error, Does.Contain($"{path}:6:").And.Contain("narratives[0].appeal: must be a probability between 0 and 1, got 7"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ASweepFileIsValidatedWithEveryPoint()
    {
        var run = CliTestRun.Of("validate", TestScenarios.ShippedScenario("digital-diplomacy/english-share.sweep.json"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("valid sweep (15 points of factorial design"));
    }
}
