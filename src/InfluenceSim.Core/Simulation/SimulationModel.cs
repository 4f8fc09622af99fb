using InfluenceSim.Metrics;
using InfluenceSim.Moderation;
using InfluenceSim.Networks;
using InfluenceSim.Parallelism;
using InfluenceSim.Platforms;
using InfluenceSim.Randomness;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Simulation;

/// <summary>
/// A scenario compiled for running: the structure of the world (which the builder turns into a replicate's
/// world) and the parameters from each event step on. Immutable and shared by all replicates.
/// </summary>
public sealed class SimulationModel : ISimulation
{
    private readonly ParameterSet[] _parametersByStep;

    public SimulationModel(LoadedScenario loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var scenario = loaded.Scenario;
        var index = new ModelIndex(scenario);
        _seed = scenario.Seed;
        Steps = scenario.Steps;
        Replicates = scenario.Replicates;
        StepHours = scenario.StepHours;
        LanguageIds = [.. scenario.Languages];
        PlatformIds = [.. scenario.Platforms.Select(p => p.Id)];
        SegmentIds = [.. scenario.Segments.Select(s => s.Id)];
        NarrativeIds = [.. scenario.Narratives.Select(n => n.Id)];

        SegmentStarts = new int[SegmentIds.Length + 1];
        for (var s = 0; s < SegmentIds.Length; s++)
        {
            SegmentStarts[s + 1] = checked(SegmentStarts[s] + scenario.Segments[s].Size);
        }

        SegmentLanguageMask = scenario.Segments.Select(s => s.Languages.Aggregate(0UL, (mask, l) => mask | (1UL << index.Languages[l]))).ToArray();
        SegmentPrimaryLanguage = scenario.Segments.Select(s => index.Languages[s.Languages[0]]).ToArray();
        SegmentPlatformProbability = scenario.Segments
            .Select(s => PlatformIds.Select(p => s.Platforms.TryGetValue(p, out var q) ? q : 0).ToArray()).ToArray();
        InitialBelievers = scenario.Segments
            .Select(s => NarrativeIds.Select(n => s.InitialBelievers.TryGetValue(n, out var f) ? f : 0).ToArray()).ToArray();

        NarrativeFalsehood = scenario.Narratives.Select(n => n.Falsehood).ToArray();
        NarrativeStance = scenario.Narratives.Select(n => n.Stance).ToArray();
        BoundedConfidence = scenario.Beliefs.Model == BeliefModels.BoundedConfidence;
        CountsCascadeReach = scenario.CascadeReach;
        SegmentOpinionCentre = scenario.Segments.Select(s => s.InitialOpinion).ToArray();
        SegmentOpinionSpread = scenario.Segments.Select(s => s.OpinionSpread).ToArray();
        Opposed = BuildOpposition(scenario, index);

        Actors = scenario.Actors.Select(a => new ActorStructure(
            a.Id,
            a.Kind,
            a.Sponsor,
            a.Accounts,
            a.Platforms.Select(p => index.Platforms[p]).ToArray(),
            a.Followers.Segments.Count == 0 ? Enumerable.Range(0, SegmentIds.Length).ToArray() : a.Followers.Segments.Select(s => index.Segments[s]).ToArray(),
            a.Followers.PerAccount,
            a.Followers.Targeting == FollowerTargeting.Hubs)).ToArray();
        FeedSize = scenario.Platforms.Select(p => p.Feed.Size).ToArray();
        var networks = scenario.Platforms.Select(p => p.Network ?? scenario.Network).ToArray();
        PlatformNetworks = networks.Select(n => n.Model == NetworkModels.EdgeList ? null : n.ToParameters()).ToArray();
        PlatformEdgeLists = networks.Select(n => n.Model == NetworkModels.EdgeList ? loaded.EdgeLists[n.Path!] : null).ToArray();
        EdgeLists = [.. loaded.EdgeLists.Values];

        _parametersByStep = new ParameterSet[Steps];
        var current = new ParameterSet(scenario, index);
        var timeline = loaded.Timeline.ToDictionary(t => t.Step, t => t.Scenario);
        for (var step = 0; step < Steps; step++)
        {
            if (timeline.TryGetValue(step, out var state)) current = new ParameterSet(state, index);
            _parametersByStep[step] = current;
        }

        var hasModeration = _parametersByStep.Any(p => p.Moderation.Any(m => m.IsActive));
        MayRankByBridging = _parametersByStep.Any(p => p.Ranking.Contains(FeedRankingKind.Bridging));
        Layout = new RunLayout(ScenarioModels.Platform, MetricCatalogue.PlatformModel,
            scenario.Narratives.Select(n => new NarrativeInfo(n.Id, n.Sponsor, n.Falsehood)).ToArray(),
            SegmentIds, scenario.Segments.Select(s => (long)s.Size).ToArray(), PlatformIds, LanguageIds, hasModeration);
        var actorOfAccount = Actors.SelectMany((actor, a) => Enumerable.Repeat(a, actor.Accounts)).ToArray();
        ModerationSubjects = new ModerationSubjects(AgentCount, NarrativeFalsehood, actorOfAccount,
            Actors.Select(a => a.Kind == ActorKinds.State).ToArray(), Actors.Select(a => a.Kind is ActorKinds.State or ActorKinds.Proxy).ToArray());
    }

    private readonly long _seed;


    public RunLayout Layout { get; }

    /// <summary>What moderation acts on: accounts, actor groups and the ground truth of narratives.</summary>
    public ModerationSubjects ModerationSubjects { get; }

    public int Steps { get; }

    public int Replicates { get; }

    public double StepHours { get; }

    public string[] LanguageIds { get; }

    public string[] PlatformIds { get; }

    public string[] SegmentIds { get; }

    public string[] NarrativeIds { get; }


    /// <summary>Audience agents of segment s are SegmentStarts[s]..SegmentStarts[s+1]-1.</summary>
    public int[] SegmentStarts { get; }

    public int AgentCount => SegmentStarts[^1];

    /// <summary>Per segment, bit l set when its members understand language l.</summary>
    public ulong[] SegmentLanguageMask { get; }

    /// <summary>Per segment, the language its members write in.</summary>
    public int[] SegmentPrimaryLanguage { get; }

    /// <summary>[segment][platform]: probability that a member has an account there.</summary>
    public double[][] SegmentPlatformProbability { get; }

    /// <summary>[segment][narrative]: fraction believing the narrative at step 0.</summary>
    public double[][] InitialBelievers { get; }



    public bool[] NarrativeFalsehood { get; }

    /// <summary>bounded-confidence: each narrative's position on the opinion axis.</summary>
    public double[] NarrativeStance { get; }

    /// <summary>True for the bounded-confidence belief model, false for contagion.</summary>
    public bool BoundedConfidence { get; }

    /// <summary>Whether each cascade's unique readers are counted (the scenario's cascadeReach).</summary>
    public bool CountsCascadeReach { get; }

    public double[] SegmentOpinionCentre { get; }

    public double[] SegmentOpinionSpread { get; }

    /// <summary>Per narrative, the narratives it contradicts (made symmetric: if a opposes b, b opposes a).</summary>
    public int[][] Opposed { get; }

    public ActorStructure[] Actors { get; }

    public int[] FeedSize { get; }

    /// <summary>Per platform, the generated network of its audience follows, or null when an edge list gives them.</summary>
    public NetworkParameters?[] PlatformNetworks { get; }

    /// <summary>Per platform, the edge list of its audience follows, or null when they are generated.</summary>
    public EdgeListData?[] PlatformEdgeLists { get; }

    /// <summary>Every edge list the scenario reads (their platform columns add memberships).</summary>
    public EdgeListData[] EdgeLists { get; }

    /// <summary>Who an account is: "audience" and its segment for an audience agent; its actor group's kind, id and sponsor otherwise.</summary>
    public (string Kind, string Group, string? Sponsor) DescribeAccount(int account)
    {
        if (account < AgentCount) return ("audience", SegmentIds[SegmentOf(account)], null);
        var actor = Actors[ModerationSubjects.ActorOfAccount[account - AgentCount]];
        return (actor.Kind, actor.Id, actor.Sponsor);
    }

    public int SegmentOf(int agent)
    {
        var position = Array.BinarySearch(SegmentStarts, agent);
        if (position < 0) return ~position - 1;
        while (position + 1 < SegmentStarts.Length && SegmentStarts[position + 1] == agent) position++;
        return position;
    }

    /// <summary>The parameters in force during a step.</summary>
    /// <summary>True when some platform ranks its feeds by bridging at some step, so that worlds keep who reshared each cascade.</summary>
    public bool MayRankByBridging { get; }

    public ParameterSet ParametersAt(int step) => _parametersByStep[Math.Clamp(step, 0, Steps - 1)];

    public ulong ReplicateSeed(int replicate) => SeedStreams.Replicate(_seed, replicate);

    public IReplicate Build(int replicate, Workers workers = default) => WorldBuilder.Build(this, replicate, workers);

    /// <summary>
    /// Per agent: platform memberships, a belief state and an exposure count per narrative, a place in each
    /// narrative's believer set, and per platform an index; per member of a platform, its agent, moderation strikes
    /// and whether it is banned; per platform the follow network (the largest one's build buffers on top) and the feeds.
    /// </summary>
    public IReadOnlyList<MemoryPart> ReplicateMemory()
    {
        long agents = AgentCount;
        long narratives = NarrativeIds.Length;
        var perAgent = 4 + narratives * (sizeof(byte) + sizeof(ushort) + 8) + (BoundedConfidence ? 8 : 0);
        long agentBytes = agents * perAgent, networkKept = 0, networkBuilding = 0, feedBytes = 0;
        for (var p = 0; p < PlatformIds.Length; p++)
        {
            var members = (long)Enumerable.Range(0, SegmentIds.Length)
                .Sum(s => (SegmentStarts[s + 1] - SegmentStarts[s]) * SegmentPlatformProbability[s][p]);
            agentBytes += 4 * agents + 7 * members;
            var edges = PlatformEdgeLists[p] is { } list ? list.Count : members * PlatformNetworks[p]!.AvgFollows;
            var (kept, building) = PlatformNetworks[p] is { Model: NetworkModels.ErdosRenyi or NetworkModels.Sbm }
                ? StochasticBlockGraph.MemoryOf(members, edges)
                : EdgeBuffer.MemoryOf(members, edges);
            networkKept += kept + ActorFollowerBytes(p);
            networkBuilding = Math.Max(networkBuilding, building + ActorFollowerDrawingBytes(p, members));
            feedBytes += members * (4L * FeedSize[p] + 8);
        }

        return
        [
            new MemoryPart("agents", agentBytes),
            new MemoryPart("follow networks", networkKept + networkBuilding),
            new MemoryPart("feeds", feedBytes),
        ];
    }

    /// <summary>Drawing actors' followers by hub targeting holds the alias table built in the members' weights: 16 bytes a member.</summary>
    private long ActorFollowerDrawingBytes(int platform, long members) =>
        Actors.Any(a => a.Platforms.Contains(platform) && a.TargetHubs) ? 16 * members : 0;

    private long ActorFollowerBytes(int platform) =>
        Actors.Where(a => a.Platforms.Contains(platform)).Sum(a => 4L * a.Accounts * a.FollowersPerAccount);

    private static int[][] BuildOpposition(Scenario scenario, ModelIndex index)
    {
        var sets = scenario.Narratives.Select(_ => new SortedSet<int>()).ToArray();
        for (var n = 0; n < scenario.Narratives.Count; n++)
        {
            foreach (var other in scenario.Narratives[n].Opposes)
            {
                sets[n].Add(index.Narratives[other]);
                sets[index.Narratives[other]].Add(n);
            }
        }

        return sets.Select(s => s.ToArray()).ToArray();
    }
}

/// <summary>The fixed shape of an actor group: its accounts, where they post and who follows them.</summary>
public sealed record ActorStructure(
    string Id,
    string Kind,
    string Sponsor,
    int Accounts,
    int[] Platforms,
    int[] FollowerSegments,
    int FollowersPerAccount,
    bool TargetHubs);
