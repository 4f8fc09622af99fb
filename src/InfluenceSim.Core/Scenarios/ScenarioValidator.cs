using InfluenceSim.Networks;
using System.Globalization;
using System.Text.RegularExpressions;

namespace InfluenceSim.Scenarios;

/// <summary>
/// Checks the meaning of a bound scenario: ranges, references between its parts and mixes that must sum to 1.
/// Reports every problem it finds to the sink, by JSON path.
/// </summary>
internal sealed partial class ScenarioValidator
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

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();

    private void Run()
    {
        if (string.IsNullOrWhiteSpace(_scenario.Name)) Error("name", "must not be empty");
        OneOf("model", _scenario.Model, ScenarioModels.All);
        if (_scenario.SimSoM is not null && _scenario.Model != ScenarioModels.SimSoM)
        {
            Error("simsom", $"is only used by the simsom model, not by '{_scenario.Model}'");
        }

        if (ScenarioModels.IsClassic(_scenario.Model)) CheckClassic();
        else CheckPlatformParts();
        Between("steps", _scenario.Steps, 1, MaxSteps);
        Positive("stepHours", _scenario.StepHours);
        Between("replicates", _scenario.Replicates, 1, MaxReplicates);
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
        CheckBeliefs("beliefs", _scenario.Beliefs);
        CheckLogs();
        for (var i = 0; i < _scenario.Events.Count && _scenario.Steps >= 1 && _eventsWithinRun; i++)
        {
            Between($"events[{i}].atStep", _scenario.Events[i].AtStep, 0, _scenario.Steps - 1,
                Invariant($"; the run's steps are numbered 0 to {_scenario.Steps - 1} (steps = {_scenario.Steps}), so this event would never happen"));
        }

        CheckSizes();
    }

    private void CheckLogs()
    {
        for (var i = 0; i < _scenario.Logs.Count; i++) OneOf($"logs[{i}]", _scenario.Logs[i], LogKinds.All);
        if (_scenario.Logs.Count > 0 && ScenarioModels.IsClassic(_scenario.Model))
        {
            Error("logs", $"post and cascade logs need the platform model; the classic model '{_scenario.Model}' has no posts");
        }

        if (_scenario.CascadeReach && ScenarioModels.IsClassic(_scenario.Model))
        {
            Error("cascadeReach", $"cascades need the platform model; the classic model '{_scenario.Model}' has no posts");
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

    /// <summary>A classic model runs on the segments and the network only; parts of the platform model would be ignored, so they are errors.</summary>
    private void CheckClassic()
    {
        if (_scenario.Languages.Count > 0) Error("languages", $"is only used by the platform model, not by '{_scenario.Model}'");
        if (_scenario.Platforms.Count > 0) Error("platforms", $"are only used by the platform model, not by '{_scenario.Model}'");
        if (_scenario.Narratives.Count > 0) Error("narratives", $"are only used by the platform model, not by '{_scenario.Model}'");
        if (_scenario.Actors.Count > 0) Error("actors", $"are only used by the platform model, not by '{_scenario.Model}'");
        for (var i = 0; i < _scenario.Segments.Count; i++)
        {
            if (_scenario.Segments[i].Languages.Count > 0 || _scenario.Segments[i].Platforms.Count > 0)
            {
                Error($"segments[{i}]", $"languages and platforms of segments are only used by the platform model, not by '{_scenario.Model}'");
            }
        }

        if (_scenario.Model == ScenarioModels.SimSoM) CheckSimSoM(_scenario.SimSoM ?? new SimSoMSpec());
        var classic = _scenario.Classic;
        Probability("classic.transmission", classic.Transmission);
        Probability("classic.recovery", classic.Recovery);
        Probability("classic.activation", classic.Activation);
        Probability("classic.threshold", classic.Threshold);
        NonNegative("classic.thresholdSpread", classic.ThresholdSpread);
        Positive("classic.epsilon", classic.Epsilon);
        if (classic.Mu is <= 0 or > 0.5) Error("classic.mu", Invariant($"must be above 0 and at most 0.5, got {classic.Mu}"));
        Probability("classic.initialShare", classic.InitialShare);
        var agents = _scenario.Segments.Sum(s => (long)s.Size);
        AtLeast("classic.seeds.count", classic.Seeds.Count, 0);
        if (classic.Seeds.Count > agents) Error("classic.seeds.count", Invariant($"there are only {agents} nodes"));
        if (classic.Seeds.Fraction is { } fraction) Probability("classic.seeds.fraction", fraction);
        OneOf("classic.seeds.choice", classic.Seeds.Choice, SeedChoices.All);
        if (classic.Seeds.Choice == SeedChoices.Listed && classic.Seeds.Nodes.Count == 0) Error("classic.seeds.nodes", "list the seed nodes");
        for (var i = 0; i < classic.Seeds.Nodes.Count; i++)
        {
            if (classic.Seeds.Nodes[i] < 0 || classic.Seeds.Nodes[i] >= agents) Error($"classic.seeds.nodes[{i}]", Invariant($"must be a node from 0 to {agents - 1}"));
        }
    }

    private void CheckSimSoM(SimSoMSpec simsom)
    {
        Probability("simsom.mu", simsom.Mu);
        AtLeast("simsom.alpha", simsom.Alpha, 1);
        NonNegative("simsom.beta", simsom.Beta);
        Probability("simsom.gamma", simsom.Gamma);
        Probability("simsom.phi", simsom.Phi);
        AtLeast("simsom.theta", simsom.Theta, 1);
        OneOf("simsom.targeting", simsom.Targeting, SimSoMTargetings.All);
        Within("simsom.qualityExponent", simsom.QualityExponent, 0, 100);
        Positive("simsom.appealExponent", simsom.AppealExponent);
        if (simsom.Rho is < 0 or >= 1) Error("simsom.rho", Invariant($"must be at least 0 and below 1, got {simsom.Rho}"));
        Positive("simsom.epsilon", simsom.Epsilon);
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

        for (var i = 0; i < _scenario.Segments.Count; i++)
        {
            var segment = _scenario.Segments[i];
            Within($"segments[{i}].partisanship", segment.Partisanship, -1, 1);
            NonNegative($"segments[{i}].misinformation", segment.Misinformation);
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
        for (var i = 0; i < ids.Count; i++)
        {
            if (!IdPattern().IsMatch(ids[i]))
            {
                Error($"{collection}[{i}].id", $"'{ids[i]}' is not a valid id: use letters, digits, '-' and '_'");
            }
        }

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
        Between($"{path}.feed.size", platform.Feed.Size, 1, MaxFeedSize);
        AtLeast($"{path}.feed.readPerSession", platform.Feed.ReadPerSession, 1);
        OneOf($"{path}.feed.ranking", platform.Feed.Ranking, FeedRankings.All);
        Positive($"{path}.feed.recencyHalfLifeHours", platform.Feed.RecencyHalfLifeHours);
        NonNegative($"{path}.feed.bridgingWeight", platform.Feed.BridgingWeight);
        if (platform.Feed.BeliefBoost < 1) Error($"{path}.feed.beliefBoost", Invariant($"must be 1 or more (1 ranks as engagement does), got {platform.Feed.BeliefBoost}"));
        if (platform.Network is not null) CheckNetwork($"{path}.network", platform.Network);
        CheckModeration($"{path}.moderation", platform.Moderation);
    }

    private void CheckModeration(string path, ModerationSpec moderation)
    {
        Probability($"{path}.detection.recall", moderation.Detection.Recall);
        Probability($"{path}.detection.falsePositiveRate", moderation.Detection.FalsePositiveRate);
        Probability($"{path}.detection.reportRate", moderation.Detection.ReportRate);
        Probability($"{path}.detection.accountDetectionPerHour", moderation.Detection.AccountDetectionPerHour);
        NonNegative($"{path}.review.delayHours", moderation.Review.DelayHours);
        NonNegative($"{path}.review.capacityPerHour", moderation.Review.CapacityPerHour);
        Probability($"{path}.label.credibilityFactor", moderation.Label.CredibilityFactor);
        Probability($"{path}.label.shareFactor", moderation.Label.ShareFactor);
        Probability($"{path}.downrank.strength", moderation.Downrank.Strength);
        AtLeast($"{path}.strikes.toBan", moderation.Strikes.ToBan, 1);
        Positive($"{path}.circuitBreaker.resharesPerHour", moderation.CircuitBreaker.ResharesPerHour);
        Probability($"{path}.circuitBreaker.throttle", moderation.CircuitBreaker.Throttle);
        Probability($"{path}.nudge.shareReduction", moderation.Nudge.ShareReduction);
    }

    private void CheckNetwork(string path, NetworkSpec network)
    {
        OneOf($"{path}.model", network.Model, NetworkModels.All);
        NonNegative($"{path}.avgFollows", network.AvgFollows);
        Probability($"{path}.homophily", network.Homophily);
        Probability($"{path}.rewire", network.Rewire);
        Probability($"{path}.friendOfFriend", network.FriendOfFriend);
        NonNegative($"{path}.followsSpread", network.FollowsSpread);
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
        AtLeast($"{path}.size", segment.Size, 0);
        if (segment.Languages.Count == 0 && !ScenarioModels.IsClassic(_scenario.Model)) Error($"{path}.languages", "must list at least one language the segment speaks");
        for (var i = 0; i < segment.Languages.Count; i++)
        {
            Reference($"{path}.languages[{i}]", segment.Languages[i], _languages, "language");
        }

        foreach (var (platform, probability) in segment.Platforms)
        {
            Reference($"{path}.platforms['{platform}']", platform, _platforms, "platform");
            Probability($"{path}.platforms['{platform}']", probability);
        }

        Probability($"{path}.activity", segment.Activity);
        Probability($"{path}.skepticism", segment.Skepticism);
        Probability($"{path}.shareProbability", segment.ShareProbability);
        Probability($"{path}.authorProbability", segment.AuthorProbability);
        Probability($"{path}.peerCredibility", segment.PeerCredibility);
        ProbabilityMap($"{path}.appeal", segment.Appeal, _narratives, "narrative");
        ProbabilityMap($"{path}.initialBelievers", segment.InitialBelievers, _narratives, "narrative");
        Within($"{path}.initialOpinion", segment.InitialOpinion, -1, 1);
        NonNegative($"{path}.opinionSpread", segment.OpinionSpread);
        if (_scenario.Beliefs.Model == BeliefModels.BoundedConfidence && segment.InitialBelievers.Count > 0)
        {
            Error($"{path}.initialBelievers", "the bounded-confidence model starts from opinions (initialOpinion, opinionSpread), not from believers");
        }
    }

    private void CheckNarrative(string path, NarrativeSpec narrative)
    {
        if (string.IsNullOrWhiteSpace(narrative.Sponsor)) Error($"{path}.sponsor", "must not be empty");
        Probability($"{path}.appeal", narrative.Appeal);
        Within($"{path}.stance", narrative.Stance, -1, 1);
        for (var i = 0; i < narrative.Opposes.Count; i++)
        {
            Reference($"{path}.opposes[{i}]", narrative.Opposes[i], _narratives, "narrative");
            if (narrative.Opposes[i] == narrative.Id) Error($"{path}.opposes[{i}]", "a narrative cannot oppose itself");
        }
    }

    private void CheckActor(string path, ActorSpec actor)
    {
        OneOf($"{path}.kind", actor.Kind, ActorKinds.All);
        if (string.IsNullOrWhiteSpace(actor.Sponsor)) Error($"{path}.sponsor", "must not be empty");
        Between($"{path}.accounts", actor.Accounts, 0, MaxAccountsPerActor);
        if (actor.Platforms.Count == 0) Error($"{path}.platforms", "must list at least one platform");
        for (var i = 0; i < actor.Platforms.Count; i++)
        {
            Reference($"{path}.platforms[{i}]", actor.Platforms[i], _platforms, "platform");
        }

        Mix($"{path}.languages", actor.Languages, _languages, "language");
        NonNegative($"{path}.postsPerDay", actor.PostsPerDay);
        Mix($"{path}.narratives", actor.Narratives, _narratives, "narrative");
        Probability($"{path}.credibility", actor.Credibility);
        ProbabilityMap($"{path}.credibilityBySegment", actor.CredibilityBySegment, _segments, "segment");
        for (var i = 0; i < actor.Followers.Segments.Count; i++)
        {
            Reference($"{path}.followers.segments[{i}]", actor.Followers.Segments[i], _segments, "segment");
        }

        Between($"{path}.followers.perAccount", actor.Followers.PerAccount, 0, MaxAgents);
        OneOf($"{path}.followers.targeting", actor.Followers.Targeting, FollowerTargeting.All);
        NonNegative($"{path}.coordination", actor.Coordination);
        Probability($"{path}.evasion", actor.Evasion);
        NonNegative($"{path}.recreate.delayHours", actor.Recreate.DelayHours);
        Probability($"{path}.recreate.followerRetention", actor.Recreate.FollowerRetention);
        AtLeast($"{path}.recreate.max", actor.Recreate.Max, 0);
    }

    private void CheckBeliefs(string path, BeliefSpec beliefs)
    {
        OneOf($"{path}.model", beliefs.Model, BeliefModels.All);
        AtLeast($"{path}.threshold", beliefs.Threshold, 1);
        Probability($"{path}.entrenchment", beliefs.Entrenchment);
        Probability($"{path}.forgetting", beliefs.Forgetting);
        if (beliefs.Epsilon is <= 0 or > 2) Error($"{path}.epsilon", Invariant($"must be above 0 and at most 2 (the width of the opinion axis), got {beliefs.Epsilon}"));
        if (beliefs.Mu is <= 0 or > 1) Error($"{path}.mu", Invariant($"must be above 0 and at most 1, got {beliefs.Mu}"));
    }

    private void Within(string path, double value, double low, double high)
    {
        if (value < low || value > high) Error(path, Invariant($"must be between {low} and {high}, got {value}"));
    }

    private void Mix(string path, Dictionary<string, double> mix, HashSet<string> known, string kind)
    {
        if (mix.Count == 0)
        {
            Error(path, $"must give at least one {kind} with its share");
            return;
        }

        foreach (var (key, share) in mix)
        {
            Reference($"{path}['{key}']", key, known, kind);
            Probability($"{path}['{key}']", share);
        }

        var sum = mix.Values.Sum();
        if (Math.Abs(sum - 1) > MixTolerance)
        {
            Error(path, string.Create(CultureInfo.InvariantCulture, $"shares must sum to 1, they sum to {sum:0.######}"));
        }
    }

    private void ProbabilityMap(string path, Dictionary<string, double> map, HashSet<string> known, string kind)
    {
        foreach (var (key, value) in map)
        {
            Reference($"{path}['{key}']", key, known, kind);
            Probability($"{path}['{key}']", value);
        }
    }

    private void Reference(string path, string id, HashSet<string> known, string kind)
    {
        if (!known.Contains(id))
        {
            var options = known.Count == 0 ? "none are defined" : $"defined: {string.Join(", ", known)}";
            Error(path, $"'{id}' is not a defined {kind} ({options})");
        }
    }

    private void OneOf(string path, string value, IReadOnlyList<string> allowed)
    {
        if (!allowed.Contains(value)) Error(path, $"'{value}' is not one of: {string.Join(", ", allowed)}");
    }

    private void Probability(string path, double value)
    {
        if (value is < 0 or > 1) Error(path, Invariant($"must be a probability between 0 and 1, got {value}"));
    }

    private void NonNegative(string path, double value)
    {
        if (value < 0) Error(path, Invariant($"must be 0 or more, got {value}"));
    }

    private void Positive(string path, double value)
    {
        if (value <= 0) Error(path, Invariant($"must be above 0, got {value}"));
    }

    private void Between(string path, long value, long minimum, long maximum, string why = "")
    {
        if (value < minimum || value > maximum) Error(path, Invariant($"must be from {minimum:N0} to {maximum:N0}, got {value:N0}{why}"));
    }

    private void AtLeast(string path, long value, long minimum)
    {
        if (value < minimum) Error(path, Invariant($"must be at least {minimum}, got {value}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void Error(string path, string message)
    {
        if (!_errors.HasErrorAt(path)) _errors.AtPath(path, message);
    }
}
