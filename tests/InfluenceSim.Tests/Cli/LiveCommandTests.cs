using System.Net;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

/// <summary>influencesim live as a program: the address it prints, the token off loopback, and bad options.</summary>
[NonParallelizable]
public class LiveCommandTests
{
    [Test]
    public async Task OffLoopbackItWarnsAndEveryRequestNeedsThePrintedToken()
    {
        using var process = CliProcess.Start("live", TestScenarios.ShippedScenario("quickstart.json"), "--host", "0.0.0.0", "--port", "0");
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.That(line, Does.StartWith("Live view of 'quickstart' at http://"));
            var address = new Uri(line![line!.IndexOf("http://", StringComparison.Ordinal)..]);
            Assert.That(address.Query, Does.Match("^\\?token=[0-9a-f]{32}$"));
            using var client = new HttpClient();
            var withoutToken = new UriBuilder(address) { Query = "" }.Uri;
            Assert.That((await client.GetAsync(withoutToken)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await client.GetAsync(new Uri(withoutToken, "api/state"))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await client.GetAsync(address)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.That(await process.StandardError.ReadToEndAsync(), Does.Contain("Warning").And.Contain("token"));
    }

    [Test]
    public void OnLoopbackThereIsNoToken()
    {
        using var process = CliProcess.Start("live", TestScenarios.ShippedScenario("classic/sir.json"), "--port", "0");
        try
        {
            var line = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
            Assert.That(line, Does.Match("^Live view of 'sir' at http://127\\.0\\.0\\.1:[0-9]+/$"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    [TestCase("--host", "classroom", "takes an IP address")]
    [TestCase("--port", "70000", "from 0 to 65535")]
    [TestCase("--port", "-1", "whole number of at least 0")]
    public void BadOptionsExitWithTwo(string option, string value, string message)
    {
        var run = CliTestRun.Of("live", TestScenarios.ShippedScenario("quickstart.json"), option, value);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain(message));
    }

    [Test]
    public void ABadScenarioIsReportedBeforeServing()
    {
        var run = CliTestRun.Of("live", Path.Combine(TestContext.CurrentContext.WorkDirectory, "missing.json"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("does not exist"));
    }
}
