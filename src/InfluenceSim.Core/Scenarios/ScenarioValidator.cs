using System.Globalization;
using InfluenceSim.Networks;

namespace InfluenceSim.Scenarios;

/// <summary>
/// Checks the meaning of a bound scenario: each field against its declaration (<see cref="FieldChecks"/>), then
/// what relates fields to each other: references between its parts, mixes that must sum to 1, sizes the engine can
/// hold. Reports every problem it finds to the sink, by JSON path.
/// </summary>
internal sealed class ScenarioValidator
{
    public const int MaxLanguages = 64;
    public const int MaxPlatforms = 32;

    /// <summary>The largest audience (agents, or nodes of a classic model) the engine indexes.</summary>
    public const long MaxAgents = 200_000_000;

    public const int MaxSteps = 1_000_000;
    public const int MaxReplicates = 100_000;

    /// <summary>The most follow edges one platform's network may be expected to have (its graph indexes them with int).</summary>
    public const long MaxFollowEdges = 1_000_000_000;

    public const int MaxFeedSize = 100_000;
    public const int MaxAccountsPerActor = 1_000_000;
    private const double MixTolerance = 1e-6;

    private readonly ErrorSink _errors;
    private readonly Scenario _scenario;
    private readonly HashSet<string> _languages;
    private readonly HashSet<string> _platforms;
    private readonly HashSet<string> _segments;
    private readonly HashSet<string> _narratives;

    private readonly bool _eventsWithinRun;

    private ScenarioValidator(Scenario scenario, ErrorSink errors, bool eventsWithinRun)
    {
        _scenario = scenario;
        _eventsWithinRun = eventsWithinRun;
        _errors = errors;
        _languages = [.. scenario.Languages];
        _platforms = [.. scenario.Platforms.Select(p => p.Id)];
        _segments = [.. scenario.Segments.Select(s => s.Id)];
        _narratives = [.. scenario.Narratives.Select(n => n.Id)];
    }

    /// <param name="scenario">The bound scenario.</param>
    /// <param name="errors">Receives every problem.</param>
    /// <param name="eventsWithinRun">Whether an event after the last step is an error; not when the steps were cut short on purpose (a command-line override).</param>
    public static void Validate(Scenario scenario, ErrorSink errors, bool eventsWithinRun = true) =>
        new ScenarioValidator(scenario, errors, eventsWithinRun).Run();

    private void Run()
    {
        CheckEventSteps();
        FieldChecks.Check(_scenario, _errors);
        if (ScenarioModels.IsClassic(_scenario.Model)) CheckClassic();
        else CheckPlatformParts();
        CheckLanguages();
        CheckIds("platforms", _scenario.Platforms.Select(p => p.Id).ToList(), MaxPlatforms);
        CheckIds("segments", _scenario.Segments.Select(s => s.Id).ToList(), int.MaxValue);
        CheckIds("narratives", _scenario.Narratives.Select(n => n.Id).ToList(), int.MaxValue);
        CheckIds("actors", _scenario.Actors.Select(a => a.Id).ToList(), int.MaxValue);
        CheckNetwork("network", _scenario.Network);
        for (var i = 0; i < _scenario.Platforms.Count; i++) CheckPlatform($"platforms[{i}]", _scenario.Platforms[i]);
        for (var i = 0; i < _scenario.Segments.Count; i++) CheckSegment($"segments[{i}]", _scenario.Segments[i]);
        for (var i = 0; i < _scenario.Narratives.Count; i++) CheckNarrative($"narratives[{i}]", _scenario.Narratives[i]);
        for (var i = 0; i < _scenario.Actors.Count; i++) CheckActor($"actors[{i}]", _scenario.Actors[i]);
        CheckSizes();
    }

    private void CheckEventSteps()
    {
        for (var i = 0; i < _scenario.Events.Count && _scenario.Steps >= 1 && _eventsWithinRun; i++)
        {
            Between($"events[{i}].atStep", _scenario.Events[i].AtStep, 0, _scenario.Steps - 1,
                Invariant($"; the run's steps are numbered 0 to {_scenario.Steps - 1} (steps = {_scenario.Steps}), so this event would never happen"));
        }
    }

    /// <summary>Sizes the engine cannot index, whatever the memory: these are errors, not a matter of the memory estimate.</summary>
    private void CheckSizes()
    {
        var agents = _scenario.Segments.Sum(s => (long)Math.Max(0, s.Size));
        if (_scenario.Segments.Count == 0) Error("segments", "list at least one segment of the audience");
        else if (agents == 0 && !_errors.HasErrors) Error("segments", "the audience is empty: at least one segment needs a size above 0");
        else if (agents > MaxAgents) Error("segments", Invariant($"the segments hold {agents:N0} agents in all; at most {MaxAgents:N0} are supported"));
        if (agents > MaxAgents || agents == 0) return;

        if (agents * Math.Max(1, _scenario.Narratives.Count) > Array.MaxLength)
        {
            Error("narratives", Invariant($"{agents:N0} agents x {_scenario.Narratives.Count} narratives is more belief states than one world can hold ({Array.MaxLength:N0})"));
        }

        if (ScenarioModels.IsClassic(_scenario.Model))
        {
            CheckFollowEdges("network.avgFollows", agents, _scenario.Network);
            return;
        }

        for (var p = 0; p < _scenario.Platforms.Count; p++)
        {
            var platform = _scenario.Platforms[p];
            var members = _scenario.Segments.Sum(s => s.Platforms.TryGetValue(platform.Id, out var share) ? Math.Max(0, s.Size) * Math.Clamp(share, 0, 1) : 0);
            var network = platform.Network is null ? "network.avgFollows" : $"platforms[{p}].network.avgFollows";
            CheckFollowEdges(network, members, platform.Network ?? _scenario.Network);
            if (members * platform.Feed.Size > Array.MaxLength)
            {
                Error($"platforms[{p}].feed.size", Invariant($"about {members:N0} members x a feed of {platform.Feed.Size} is more feed slots than one platform can hold ({Array.MaxLength:N0})"));
            }
        }
    }

    private void CheckFollowEdges(string path, double members, NetworkSpec network)
    {
        if (network.Model == NetworkModels.EdgeList) return;
        var edges = members * network.AvgFollows;
        if (edges > MaxFollowEdges)
        {
            Error(path, Invariant($"about {members:N0} accounts x {network.AvgFollows:G4} follows is about {edges:N0} follow edges; at most {MaxFollowEdges:N0} on one platform are supported"));
        }
    }

    /// <summary>A classic model runs on the segments and the network; the fields it does not read are errors of their declarations (<see cref="FieldChecks"/>).</summary>
    private void CheckClassic()
    {
        if (_scenario.Model == ScenarioModels.SimSoM) CheckSimSoM(_scenario.SimSoM ?? new SimSoMSpec());
        var classic = _scenario.Classic;
        var agents = _scenario.Segments.Sum(s => (long)s.Size);
        if (classic.Seeds.Count > agents) Error("classic.seeds.count", Invariant($"there are only {agents} nodes"));
        if (_scenario.Model == ScenarioModels.MajorityRule && classic.GroupSize % 2 == 0)
        {
            Error("classic.groupSize", Invariant($"must be odd, so that a group always has a majority, got {classic.GroupSize}"));
        }

        if (classic.Seeds.Choice == SeedChoices.Listed && classic.Seeds.Nodes.Count == 0) Error("classic.seeds.nodes", "list the seed nodes");
        for (var i = 0; i < classic.Seeds.Nodes.Count; i++)
        {
            if (classic.Seeds.Nodes[i] < 0 || classic.Seeds.Nodes[i] >= agents) Error($"classic.seeds.nodes[{i}]", Invariant($"must be a node from 0 to {agents - 1}"));
        }
    }

    private void CheckSimSoM(SimSoMSpec simsom)
    {
        var humans = _scenario.Segments.Sum(s => (long)Math.Max(0, s.Size));
        if (humans * simsom.Beta > MaxAgents) Error("simsom.beta", Invariant($"{humans:N0} humans x beta {simsom.Beta} is more bots than the engine indexes"));
        var botFollows = humans * simsom.Beta * humans * simsom.Gamma;
        if (_scenario.Network.Model != NetworkModels.EdgeList && humans * _scenario.Network.AvgFollows + botFollows > MaxFollowEdges)
        {
            Error("simsom.gamma", Invariant($"{humans * simsom.Beta:N0} bots followed by {humans * simsom.Gamma:N0} humans each, with the humans' own follows, is more than the {MaxFollowEdges:N0} follow edges a network can hold"));
        }

        if ((humans + humans * simsom.Beta) * simsom.Alpha > Array.MaxLength)
        {
            Error("simsom.alpha", Invariant($"{humans:N0} humans and their bots x a feed of {simsom.Alpha} is more feed slots than one run can hold ({Array.MaxLength:N0})"));
        }

        var weightOf = simsom.Targeting switch
        {
            SimSoMTargetings.Partisan => (Func<SegmentSpec, double>?)(s => Math.Abs(s.Partisanship)),
            SimSoMTargetings.Misinformation => s => s.Misinformation,
            _ => null,
        };
        if (weightOf is not null && simsom.Gamma > 0 && _scenario.Segments.All(s => s.Size <= 0 || weightOf(s) <= 0))
        {
            Error("simsom.targeting", $"'{simsom.Targeting}' targeting weighs humans by their segment's {(simsom.Targeting == SimSoMTargetings.Partisan ? "partisanship" : "misinformation")}, and every segment has 0");
        }
    }

    private void CheckPlatformParts()
    {
        if (_scenario.Platforms.Count == 0) Error("platforms", "the platform model needs at least one platform");
        if (_scenario.Narratives.Count == 0) Error("narratives", "the platform model needs at least one narrative");
    }

    private void CheckLanguages()
    {
        if (_scenario.Languages.Count == 0 && !ScenarioModels.IsClassic(_scenario.Model)) Error("languages", "must list at least one language code");
        if (_scenario.Languages.Count > MaxLanguages) Error("languages", $"at most {MaxLanguages} languages are supported");
        CheckDuplicates("languages", _scenario.Languages);
    }

    private void CheckIds(string collection, List<string> ids, int max)
    {
        if (ids.Count > max) Error(collection, $"at most {max} {collection} are supported");
        CheckDuplicates(collection, ids, ".id");
    }

    private void CheckDuplicates(string collection, List<string> values, string suffix = "")
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!seen.Add(values[i])) Error($"{collection}[{i}]{suffix}", $"'{values[i]}' is defined twice");
        }
    }

    private void CheckPlatform(string path, PlatformSpec platform)
    {
        if (platform.Network is not null) CheckNetwork($"{path}.network", platform.Network);
    }

    private void CheckNetwork(string path, NetworkSpec network)
    {
        if (network.Model == NetworkModels.EdgeList && string.IsNullOrWhiteSpace(network.Path))
        {
            Error($"{path}.path", "the edgelist model needs 'path', the edge list file relative to the scenario");
        }

        if (network.Model != NetworkModels.EdgeList && network.Path is not null)
        {
            Error($"{path}.path", $"'path' is only used by the edgelist model, not by '{network.Model}'");
        }

        if (network.Mixing is null) return;
        if (network.Model != NetworkModels.Sbm) Error($"{path}.mixing", "'mixing' is only used by the sbm model");
        foreach (var (from, row) in network.Mixing)
        {
            Reference($"{path}.mixing['{from}']", from, _segments, "segment");
            foreach (var (to, weight) in row)
            {
                Reference($"{path}.mixing['{from}']['{to}']", to, _segments, "segment");
                NonNegative($"{path}.mixing['{from}']['{to}']", weight);
            }

            if (row.Values.Sum() <= 0) Error($"{path}.mixing['{from}']", "needs at least one positive weight");
        }
    }

    private void CheckSegment(string path, SegmentSpec segment)
    {
        if (segment.Languages.Count == 0 && !ScenarioModels.IsClassic(_scenario.Model)) Error($"{path}.languages", "must list at least one language the segment speaks");
        for (var i = 0; i < segment.Languages.Count; i++)
        {
            Reference($"{path}.languages[{i}]", segment.Languages[i], _languages, "language");
        }

        References($"{path}.platforms", segment.Platforms.Keys, _platforms, "platform");
        References($"{path}.appeal", segment.Appeal.Keys, _narratives, "narrative");
        References($"{path}.initialBelievers", segment.InitialBelievers.Keys, _narratives, "narrative");
    }

    private void CheckNarrative(string path, NarrativeSpec narrative)
    {
        for (var i = 0; i < narrative.Opposes.Count; i++)
        {
            Reference($"{path}.opposes[{i}]", narrative.Opposes[i], _narratives, "narrative");
            if (narrative.Opposes[i] == narrative.Id) Error($"{path}.opposes[{i}]", "a narrative cannot oppose itself");
        }
    }

    private void CheckActor(string path, ActorSpec actor)
    {
        if (actor.Platforms.Count == 0) Error($"{path}.platforms", "must list at least one platform");
        for (var i = 0; i < actor.Platforms.Count; i++)
        {
            Reference($"{path}.platforms[{i}]", actor.Platforms[i], _platforms, "platform");
        }

        Mix($"{path}.languages", actor.Languages, _languages, "language");
        Mix($"{path}.narratives", actor.Narratives, _narratives, "narrative");
        References($"{path}.credibilityBySegment", actor.CredibilityBySegment.Keys, _segments, "segment");
        for (var i = 0; i < actor.Followers.Segments.Count; i++)
        {
            Reference($"{path}.followers.segments[{i}]", actor.Followers.Segments[i], _segments, "segment");
        }
    }

    private void Mix(string path, Dictionary<string, double> mix, HashSet<string> known, string kind)
    {
        if (mix.Count == 0)
        {
            Error(path, $"must give at least one {kind} with its share");
            return;
        }

        References(path, mix.Keys, known, kind);

        var sum = mix.Values.Sum();
        if (Math.Abs(sum - 1) > MixTolerance)
        {
            Error(path, string.Create(CultureInfo.InvariantCulture, $"shares must sum to 1, they sum to {sum:0.######}"));
        }
    }

    private void References(string path, IEnumerable<string> keys, HashSet<string> known, string kind)
    {
        foreach (var key in keys) Reference($"{path}['{key}']", key, known, kind);
    }

    private void Reference(string path, string id, HashSet<string> known, string kind)
    {
        if (!known.Contains(id))
        {
            var options = known.Count == 0 ? "none are defined" : $"defined: {string.Join(", ", known)}";
            Error(path, $"'{id}' is not a defined {kind} ({options})");
        }
    }

    private void NonNegative(string path, double value)
    {
        if (value < 0) Error(path, Invariant($"must be 0 or more, got {value}"));
    }

    private void Between(string path, long value, long minimum, long maximum, string why = "")
    {
        if (value < minimum || value > maximum) Error(path, Invariant($"must be from {minimum:N0} to {maximum:N0}, got {value:N0}{why}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Error(string path, string message)
    {
        if (!_errors.HasErrorAt(path)) _errors.AtPath(path, message);
    }
}
