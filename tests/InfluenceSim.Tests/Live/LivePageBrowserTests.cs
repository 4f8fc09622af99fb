using System.Diagnostics;
using System.Globalization;
using System.Net;
using InfluenceSim.Experiments;
using InfluenceSim.Live;
using InfluenceSim.Metrics;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;
using Microsoft.Playwright;

namespace InfluenceSim.Tests.Live;

/// <summary>
/// The live page in a real browser: Debian's chromium driven by Playwright (no browser is downloaded; .ci/run installs
/// chromium when it is missing). Plays nk-soft-power, moves the foreign ministry's English share, saves the scenario
/// and checks that a run of it gives the chart the page drew. Leaves a screenshot as a test attachment and logs the
/// steps per second and frames per second it saw (docs/performance.md).
/// </summary>
[NonParallelizable]
public class LivePageBrowserTests
{
    private static readonly string[] ChromiumPaths = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

    [Test]
    public async Task PlayMoveALeverAndSaveAScenarioThatReproducesTheSession()
    {
        var chromium = ChromiumPaths.FirstOrDefault(File.Exists);
        if (chromium is null) Assert.Ignore("Debian's chromium is not installed (apt-get install chromium; .ci/run installs it), so the page cannot be driven.");
        var work = Directory.CreateTempSubdirectory("influencesim-browser").FullName;
        var session = new LiveSession(ScenarioLoader.Load(TestScenarios.ShippedScenario("nk-soft-power.json")));
        await using var server = await LiveServer.StartAsync(session, IPAddress.Loopback, 0, token: null);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1300, Height = 1000 } });
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);

        await page.GotoAsync(server.Address.ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('steps').textContent === '336'");
        await page.FillAsync("#speed", "30");
        var clock = Stopwatch.StartNew();
        await page.ClickAsync("#play");
        await page.WaitForFunctionAsync("() => Number(document.getElementById('step-counter').textContent) >= 40", null, new() { Timeout = 60_000 });
        await page.ClickAsync("#pause");
        await page.WaitForFunctionAsync("() => !busy");
        var step = int.Parse(await page.TextContentAsync("#step-counter") ?? "0", CultureInfo.InvariantCulture);
        TestContext.Out.WriteLine($"played {step} steps in {clock.Elapsed.TotalSeconds:0.00} s: {step / clock.Elapsed.TotalSeconds:0.0} steps/s; {await page.TextContentAsync("#fps")}");
        Assert.That(await page.EvaluateAsync<int>("() => chartValues[0].length"), Is.EqualTo(step + 1), "the chart grew a point per step");

        var lever = "input[data-lever='actors.rok-mofa.languages.en']";
        await page.EvalOnSelectorAsync(lever, "element => { element.value = '0.9'; element.dispatchEvent(new Event('change')); }");
        await page.WaitForFunctionAsync("() => document.getElementById('changes').textContent.includes('rok-mofa')");
        Assert.That(await page.TextContentAsync("#changes"), Does.Contain($"step {step}: actors.rok-mofa.languages"), "applies from the next step");
        Assert.That(await page.InputValueAsync(lever), Is.EqualTo("0.9"));
        await page.ClickAsync("#step");
        await page.WaitForFunctionAsync($"() => document.getElementById('step-counter').textContent === '{step + 1}' && !busy");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#save"));
        var saved = Path.Combine(work, "saved.json");
        await download.SaveAsAsync(saved);
        var chart = await page.EvaluateAsync<double[][]>("() => chartValues");
        var rerun = ReplicateRunner.Run(ScenarioCompiler.Compile(ScenarioLoader.Load(saved)), 0);
        for (var n = 0; n < chart.Length; n++)
        {
            Assert.That(rerun.Values(new SeriesKey(MetricCatalogue.Believers, n)).Take(step + 2), Is.EqualTo(chart[n]), $"believers of narrative {n}: the saved scenario's run is the session's");
        }

        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "live-page.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        TestContext.AddTestAttachment(screenshot, "the live page after the test");
        Assert.That(errors, Is.Empty, "no script errors in the page");
        Directory.Delete(work, recursive: true);
    }
}
