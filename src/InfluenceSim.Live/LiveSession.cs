using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Live;

/// <summary>
/// One live run of a scenario's replicate 0, stepped on request, with the levers the page changed. A change made
/// before step t runs is a scenario event at step t: the session adds it to the scenario, compiles it and replays
/// the steps already run from the same seed (they do not depend on an event that comes later), so the world is
/// exactly the one <c>influencesim run</c> makes of the saved scenario. Not thread-safe: the server serialises calls.
/// </summary>
public sealed class LiveSession
{
    private readonly JObject _resolved;
    private readonly string _fileName;
    private readonly string _baseDirectory;
    private readonly ScenarioOverrides _overrides;
    private readonly List<(int Step, string Path, JToken Value)> _changes = [];
    private LoadedScenario _loaded;
    private ISimulation _simulation;
    private SeriesRecording _recording;

    /// <param name="loaded">The scenario as loaded from its file (its edge lists are read again from its folder).</param>
    /// <param name="overrides">The command line's overrides (files outside the scenario's folder).</param>
    public LiveSession(LoadedScenario loaded, ScenarioOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        _resolved = (JObject)loaded.Resolved.DeepClone();
        _fileName = loaded.SourcePath;
        _baseDirectory = Path.GetDirectoryName(Path.GetFullPath(loaded.SourcePath)) ?? ".";
        _overrides = (overrides ?? ScenarioOverrides.None) with { Seed = null, Steps = null, Replicates = null, Logs = null };
        Seed = loaded.Scenario.Seed;
        (_loaded, _simulation) = Compile(ScenarioText());
        World = _simulation.Build(0);
        _recording = Record();
    }

    public long Seed { get; private set; }

    /// <summary>The replicate being run (a platform world or a classic replicate).</summary>
    public IReplicate World { get; private set; }

    public ISimulation Simulation => _simulation;

    public LoadedScenario Loaded => _loaded;

    public int CurrentStep => World.CurrentStep;

    public int Steps => _simulation.Steps;

    public bool AtEnd => CurrentStep >= Steps;

    /// <summary>Every series at every step run so far.</summary>
    public SeriesRecording Recording => _recording;

    /// <summary>The changes made in this session, as (step, path, value), in the order made.</summary>
    public IReadOnlyList<(int Step, string Path, JToken Value)> Changes => _changes;

    /// <summary>The levers as they stand before the next step.</summary>
    public IReadOnlyList<Lever> Levers => LeverCatalogue.For(ScenarioJson.Of(ScenarioAt(CurrentStep)));

    /// <summary>Starts again at step 0 with a seed (the scenario's own levers, no changes).</summary>
    public void Setup(long seed)
    {
        Seed = seed;
        _changes.Clear();
        (_loaded, _simulation) = Compile(ScenarioText());
        World = _simulation.Build(0);
        _recording = Record();
    }

    /// <summary>Runs up to <paramref name="count"/> steps, stopping at the scenario's last.</summary>
    /// <returns>The steps run.</returns>
    public int Step(int count)
    {
        var run = 0;
        while (run < count && !AtEnd)
        {
            World.Step();
            _recording.Record(World.Counters);
            run++;
        }

        return run;
    }

    /// <summary>Sets a lever from the next step on, as a scenario event at that step.</summary>
    /// <exception cref="LiveInputException">An unknown lever, a value out of range, the run is over, or a scenario the change would make invalid.</exception>
    public void SetLever(string id, double value)
    {
        if (AtEnd) throw new LiveInputException("the run is over: reset or set up again to change levers");
        var lever = Levers.FirstOrDefault(l => l.Id == id) ?? throw new LiveInputException($"there is no lever '{id}'");
        var eventValue = LeverCatalogue.EventValue(lever, value, ScenarioJson.Of(ScenarioAt(CurrentStep)));
        _changes.Add((CurrentStep, lever.Path, eventValue));
        try
        {
            Replay();
        }
        catch (ScenarioException e)
        {
            _changes.RemoveAt(_changes.Count - 1);
            throw new LiveInputException(string.Join("; ", e.Errors.Select(error => error.Message)));
        }
    }

    /// <summary>The scenario of this session: the file's, with the session's seed, one replicate, and every change as a timed event.</summary>
    public string ScenarioText()
    {
        var scenario = (JObject)_resolved.DeepClone();
        scenario["seed"] = Seed;
        scenario["replicates"] = 1;
        scenario.Remove("logs");
        var events = scenario["events"] as JArray ?? [];
        foreach (var (step, path, value) in _changes)
        {
            events.Add(new JObject
            {
                ["atStep"] = step,
                ["description"] = "set in influencesim live",
                ["set"] = new JObject { [path] = value.DeepClone() },
            });
        }

        if (events.Count > 0) scenario["events"] = events;
        return scenario.ToString(Newtonsoft.Json.Formatting.Indented) + "\n";
    }

    /// <summary>The scenario in force at a step: the last state of the timeline at or before it.</summary>
    private Scenario ScenarioAt(int step) => _loaded.Timeline.LastOrDefault(s => s.Step <= step)?.Scenario ?? _loaded.Scenario;

    private void Replay()
    {
        var target = CurrentStep;
        var (loaded, simulation) = Compile(ScenarioText());
        (_loaded, _simulation) = (loaded, simulation);
        World = _simulation.Build(0);
        _recording = Record();
        Step(target);
    }

    private (LoadedScenario, ISimulation) Compile(string text)
    {
        var loaded = ScenarioLoader.Parse(text, _fileName, _baseDirectory, _overrides);
        return (loaded, ScenarioCompiler.Compile(loaded));
    }

    private SeriesRecording Record()
    {
        var recording = new SeriesRecording(_simulation.Layout, 0, _simulation.Steps);
        recording.Record(World.Counters);
        return recording;
    }
}
