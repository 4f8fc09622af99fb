using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InfluenceSim.Live;

/// <summary>
/// The live view's web server: one page (served from this assembly, no network needed) and a small JSON API over
/// one <see cref="LiveSession"/>. Requests are served one at a time. With a token, every request must carry it
/// (<c>?token=</c> or the <c>X-Token</c> header) or gets 403.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    public const string TokenHeader = "X-Token";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly WebApplication _app;
    private readonly LiveView _view;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string? _token;

    private LiveServer(WebApplication app, LiveView view, string? token)
    {
        _app = app;
        _view = view;
        _token = token;
    }

    /// <summary>The address the server listens on (with the port chosen when 0 was asked for).</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <param name="session">The session to serve.</param>
    /// <param name="host">The address to bind: 127.0.0.1 by default.</param>
    /// <param name="port">The port; 0 picks a free one.</param>
    /// <param name="token">When not null, the token every request must carry.</param>
    public static async Task<LiveServer> StartAsync(LiveSession session, IPAddress host, int port, string? token)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(host);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(host, port));
        var app = builder.Build();
        var server = new LiveServer(app, new LiveView(session), token);
        server.Map();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            if (_token is not null && context.Request.Query["token"] != _token && context.Request.Headers[TokenHeader] != _token)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("403: this live view needs the token printed when it was started (the address with ?token=...).").ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        _app.MapGet("/", () => Results.Content(Page(), "text/html; charset=utf-8"));
        _app.MapGet("/api/state", (int? narrative) => Serve(() => State(narrative ?? 0)));
        _app.MapPost("/api/setup", (HttpRequest request) => Serve(async () =>
        {
            var body = await Read<SetupRequest>(request).ConfigureAwait(false);
            _view.Session.Setup(body.Seed ?? _view.Session.Seed);
            _view.Redraw();
            return State(body.Narrative ?? 0);
        }));
        _app.MapPost("/api/reset", (HttpRequest request) => Serve(async () =>
        {
            var body = await Read<SetupRequest>(request).ConfigureAwait(false);
            _view.Session.Setup(_view.Session.Seed);
            _view.Redraw();
            return State(body.Narrative ?? 0);
        }));
        _app.MapPost("/api/step", (HttpRequest request) => Serve(async () =>
        {
            var body = await Read<StepRequest>(request).ConfigureAwait(false);
            var count = body.Steps ?? 1;
            if (count is < 1 or > 10_000) throw new LiveInputException($"steps takes a whole number from 1 to 10,000, not {count}");
            var from = _view.Session.CurrentStep + 1;
            _view.Session.Step(count);
            return Frame(body.Narrative ?? 0, from);
        }));
        _app.MapPost("/api/lever", (HttpRequest request) => Serve(async () =>
        {
            var body = await Read<LeverRequest>(request).ConfigureAwait(false);
            if (body.Id is null || body.Value is null) throw new LiveInputException("a lever change needs an id and a numeric value");
            _view.Session.SetLever(body.Id, body.Value.Value);
            _view.SkipReshares();
            return State(body.Narrative ?? 0);
        }));
        _app.MapGet("/api/scenario", () => Serve(() =>
        {
            var name = Path.GetFileNameWithoutExtension(_view.Session.Loaded.SourcePath) + "-live.json";
            return new AttachmentResult(Results.Text(_view.Session.ScenarioText(), "application/json", System.Text.Encoding.UTF8), name);
        }));
    }

    private async Task<IResult> Serve(Func<Task<object>> work)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var result = await work().ConfigureAwait(false);
            return result as IResult ?? Results.Json(result, Json);
        }
        catch (LiveInputException e)
        {
            return Results.Json(new { error = e.Message }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Results.Json(new { error = $"the live view failed: {e.Message}" }, Json, statusCode: StatusCodes.Status500InternalServerError);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task<IResult> Serve(Func<object> work) => Serve(() => Task.FromResult(work()));

    private static async Task<T> Read<T>(HttpRequest request) where T : new()
    {
        if (request.ContentLength is 0 || !request.HasJsonContentType()) return new T();
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json).ConfigureAwait(false) ?? new T();
        }
        catch (JsonException e)
        {
            throw new LiveInputException($"the request is not valid JSON ({e.Message})");
        }
    }

    private object State(int narrative)
    {
        var session = _view.Session;
        var layout = session.Simulation.Layout;
        CheckNarrative(narrative);
        var sample = _view.Sample;
        _view.SkipReshares();
        return new
        {
            scenario = session.Loaded.Scenario.Name,
            description = session.Loaded.Scenario.Description,
            model = layout.Model,
            seed = session.Seed,
            steps = session.Steps,
            stepHours = session.Simulation.StepHours,
            step = session.CurrentStep,
            atEnd = session.AtEnd,
            narratives = layout.Narratives.Select(n => new { n.Id, n.Sponsor, n.Falsehood }),
            segments = layout.Segments,
            chart = new { names = _view.ChartSeries().Select(s => s.Name), values = _view.ChartValues(0) },
            network = new { sample.X, sample.Y, sample.Segment, sample.Kind, sample.Edges, drawn = sample.Count, population = layout.Population },
            states = sample.States(session.World, narrative),
            levers = session.Levers,
            changes = session.Changes.Select(c => new { c.Step, c.Path, value = c.Value.ToString(Newtonsoft.Json.Formatting.None) }),
        };
    }

    private object Frame(int narrative, int fromStep)
    {
        CheckNarrative(narrative);
        var session = _view.Session;
        return new
        {
            step = session.CurrentStep,
            atEnd = session.AtEnd,
            chart = _view.ChartValues(Math.Min(fromStep, session.CurrentStep + 1)),
            states = _view.Sample.States(session.World, narrative),
            reshares = _view.NewReshares(),
        };
    }

    private void CheckNarrative(int narrative)
    {
        var narratives = _view.Session.Simulation.Layout.Narratives.Count;
        if (narrative < 0 || (narratives > 0 && narrative >= narratives) || (narratives == 0 && narrative != 0))
        {
            throw new LiveInputException($"narrative {narrative} does not exist; the scenario has {narratives}");
        }
    }

    private static string Page()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("InfluenceSim.Live.index.html")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class SetupRequest
    {
        public long? Seed { get; set; }

        public int? Narrative { get; set; }
    }

    private sealed class StepRequest
    {
        public int? Steps { get; set; }

        public int? Narrative { get; set; }
    }

    private sealed class LeverRequest
    {
        public string? Id { get; set; }

        public double? Value { get; set; }

        public int? Narrative { get; set; }
    }

    /// <summary>A result downloaded as a file.</summary>
    private sealed class AttachmentResult(IResult inner, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
