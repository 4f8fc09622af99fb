using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfluenceSim.Live;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Live;

/// <summary>The live server's endpoints, served for real on a free loopback port.</summary>
public class LiveServerTests
{
    private static async Task<(LiveServer Server, HttpClient Client)> Start(string scenario = "quickstart.json", string? token = null)
    {
        var session = new LiveSession(ScenarioLoader.Load(TestScenarios.ShippedScenario(scenario)));
        var server = await LiveServer.StartAsync(session, IPAddress.Loopback, 0, token);
        return (server, new HttpClient { BaseAddress = server.Address });
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Test]
    public async Task ServesThePageAndRunsStepsAndLevers()
    {
        var (server, client) = await Start();
        await using var _ = server;
        using var __ = client;
        var page = await client.GetStringAsync("/");
        Assert.That(page, Does.Contain("<canvas id=\"network\"").And.Not.Contain("http://").And.Not.Contain("https://"), "every asset is the program's own");

        var state = await Json(await client.GetAsync("/api/state"));
        Assert.That(state.GetProperty("step").GetInt32(), Is.Zero);
        Assert.That(state.GetProperty("levers").GetArrayLength(), Is.GreaterThan(10));

        var frame = await Json(await client.PostAsJsonAsync("/api/step", new { steps = 3, narrative = 1 }));
        Assert.That(frame.GetProperty("step").GetInt32(), Is.EqualTo(3));
        Assert.That(frame.GetProperty("chart")[0].GetArrayLength(), Is.EqualTo(3), "the chart's values for the three new steps");
        Assert.That(frame.GetProperty("states").GetArrayLength(), Is.EqualTo(state.GetProperty("network").GetProperty("drawn").GetInt32()));

        var changed = await client.PostAsJsonAsync("/api/lever", new { id = "actors.state-media.languages.en", value = 0.7 });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var after = await Json(changed);
        Assert.That(after.GetProperty("changes")[0].GetProperty("step").GetInt32(), Is.EqualTo(3));
        Assert.That(after.GetProperty("chart").GetProperty("values")[0].GetArrayLength(), Is.EqualTo(4), "the whole chart, steps 0 to 3");

        var saved = await client.GetAsync("/api/scenario");
        Assert.That(saved.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("quickstart-live.json"));
        var scenario = await Json(saved);
        Assert.That(scenario.GetProperty("events").EnumerateArray().Last().GetProperty("atStep").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task BadRequestsGetAClearErrorAndTheServerGoesOn()
    {
        var (server, client) = await Start();
        await using var _ = server;
        using var __ = client;
        async Task<string> ErrorOf(HttpResponseMessage response)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            return (await Json(response)).GetProperty("error").GetString()!;
        }

        Assert.That(await ErrorOf(await client.PostAsJsonAsync("/api/lever", new { id = "segments.english-speakers.activity", value = 7 })), Does.Contain("from 0 to 1"));
        Assert.That(await ErrorOf(await client.PostAsJsonAsync("/api/lever", new { id = "nothing", value = 1 })), Does.Contain("no lever 'nothing'"));
        Assert.That(await ErrorOf(await client.PostAsJsonAsync("/api/lever", new { id = "segments.english-speakers.activity" })), Does.Contain("numeric value"));
        Assert.That(await ErrorOf(await client.PostAsync("/api/step", new StringContent("{steps: oops", System.Text.Encoding.UTF8, "application/json"))), Does.Contain("not valid JSON"));
        Assert.That(await ErrorOf(await client.PostAsJsonAsync("/api/step", new { steps = 0 })), Does.Contain("from 1 to 10,000"));
        Assert.That(await ErrorOf(await client.GetAsync("/api/state?narrative=9")), Does.Contain("narrative 9"));
        var frame = await Json(await client.PostAsJsonAsync("/api/step", new { steps = 1 }));
        Assert.That(frame.GetProperty("step").GetInt32(), Is.EqualTo(1), "still serving");
    }

    [Test]
    public async Task SetupAndResetStartAgain()
    {
        var (server, client) = await Start();
        await using var _ = server;
        using var __ = client;
        await client.PostAsJsonAsync("/api/step", new { steps = 5 });
        var setup = await Json(await client.PostAsJsonAsync("/api/setup", new { seed = 12345 }));
        Assert.That((setup.GetProperty("step").GetInt32(), setup.GetProperty("seed").GetInt64()), Is.EqualTo((0, 12345L)));
        await client.PostAsJsonAsync("/api/step", new { steps = 2 });
        var reset = await Json(await client.PostAsync("/api/reset", null));
        Assert.That((reset.GetProperty("step").GetInt32(), reset.GetProperty("seed").GetInt64()), Is.EqualTo((0, 12345L)));
    }

    [Test]
    public async Task WithATokenEveryRequestMustCarryIt()
    {
        var (server, client) = await Start(token: "secret-token");
        await using var _ = server;
        using var __ = client;
        Assert.That((await client.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await client.GetAsync("/api/state")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await client.GetAsync("/?token=wrong")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await client.GetAsync("/?token=secret-token")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/state");
        request.Headers.Add(LiveServer.TokenHeader, "secret-token");
        Assert.That((await client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AClassicModelIsServedToo()
    {
        var (server, client) = await Start("classic/sir.json");
        await using var _ = server;
        using var __ = client;
        var state = await Json(await client.GetAsync("/api/state"));
        Assert.That(state.GetProperty("model").GetString(), Is.EqualTo("sir"));
        Assert.That(state.GetProperty("chart").GetProperty("names").EnumerateArray().Select(n => n.GetString()), Does.Contain("infected"));
        var frame = await Json(await client.PostAsJsonAsync("/api/step", new { steps = 2 }));
        Assert.That(frame.GetProperty("step").GetInt32(), Is.EqualTo(2));
    }
}
