using InfluenceSim.Moderation;
using InfluenceSim.Platforms;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Simulation;

/// <summary>
/// The parameters that events may change, compiled from one state of the scenario into flat arrays that the
/// step loop reads without lookups. Indices follow the order of the scenario's lists.
/// </summary>
public sealed class ParameterSet
{
    internal ParameterSet(Scenario scenario, ModelIndex index)
    {
        var segments = scenario.Segments;
        var narratives = scenario.Narratives;
        var actors = scenario.Actors;
        var stepsPerDay = 24.0 / scenario.StepHours;
        var narrativeCount = narratives.Count;

        Activity = segments.Select(s => 1 - Math.Pow(1 - s.Activity, scenario.StepHours)).ToArray();
        Skepticism = segments.Select(s => s.Skepticism).ToArray();
        ShareProbability = segments.Select(s => s.ShareProbability).ToArray();
        AuthorProbability = segments.Select(s => s.AuthorProbability).ToArray();
        PeerCredibility = segments.Select(s => s.PeerCredibility).ToArray();
        Appeal = new double[segments.Count * narrativeCount];
        for (var s = 0; s < segments.Count; s++)
        {
            for (var n = 0; n < narrativeCount; n++)
            {
                Appeal[s * narrativeCount + n] = segments[s].Appeal.TryGetValue(narratives[n].Id, out var a) ? a : narratives[n].Appeal;
            }
        }

        PostsPerStep = actors.Select(a => a.PostsPerDay / stepsPerDay).ToArray();
        Coordination = actors.Select(a => a.Coordination).ToArray();
        ActorLanguageCumulative = actors.Select(a => Cumulative(index.Languages, a.Languages)).ToArray();
        ActorNarrativeCumulative = actors.Select(a => Cumulative(index.Narratives, a.Narratives)).ToArray();
        ActorCredibility = new double[actors.Count * segments.Count];
        for (var a = 0; a < actors.Count; a++)
        {
            for (var s = 0; s < segments.Count; s++)
            {
                ActorCredibility[a * segments.Count + s] =
                    actors[a].CredibilityBySegment.TryGetValue(segments[s].Id, out var c) ? c : actors[a].Credibility;
            }
        }

        ReadPerSession = scenario.Platforms.Select(p => p.Feed.ReadPerSession).ToArray();
        Ranking = scenario.Platforms.Select(p => RankingOf(p.Feed.Ranking)).ToArray();
        BeliefBoost = scenario.Platforms.Select(p => p.Feed.BeliefBoost).ToArray();
        BridgingWeight = scenario.Platforms.Select(p => p.Feed.BridgingWeight).ToArray();
        RecencyHalfLifeSteps = scenario.Platforms.Select(p => p.Feed.RecencyHalfLifeHours / scenario.StepHours).ToArray();
        Moderation = scenario.Platforms.Select(p => Policy(p.Moderation, scenario.StepHours)).ToArray();
        Actors = new ActorModeration(
            actors.Select(a => a.Evasion).ToArray(),
            actors.Select(a => (int)Math.Ceiling(a.Recreate.DelayHours / scenario.StepHours - 1e-9)).ToArray(),
            actors.Select(a => a.Recreate.FollowerRetention).ToArray(),
            actors.Select(a => a.Recreate.Max).ToArray());
        Threshold = scenario.Beliefs.Threshold;
        Epsilon = scenario.Beliefs.Epsilon;
        Mu = scenario.Beliefs.Mu;
        Entrenchment = scenario.Beliefs.Entrenchment;
        Forgetting = scenario.Beliefs.Forgetting;
    }

    /// <summary>Per segment: probability of a session in one step (the hourly activity compounded over the step).</summary>
    public double[] Activity { get; }

    public double[] Skepticism { get; }

    public double[] ShareProbability { get; }

    public double[] AuthorProbability { get; }

    public double[] PeerCredibility { get; }

    /// <summary>Per segment and narrative, [segment * narratives + narrative].</summary>
    public double[] Appeal { get; }

    /// <summary>Per actor: expected original posts per account, platform and step.</summary>
    public double[] PostsPerStep { get; }

    public double[] Coordination { get; }

    public double[][] ActorLanguageCumulative { get; }

    public double[][] ActorNarrativeCumulative { get; }

    /// <summary>Per actor and segment, [actor * segments + segment].</summary>
    public double[] ActorCredibility { get; }

    public int[] ReadPerSession { get; }

    /// <summary>Per platform, how its feeds are ranked.</summary>
    public FeedRankingKind[] Ranking { get; }

    /// <summary>Per platform, the personalized ranking's factor for believed narratives.</summary>
    public double[] BeliefBoost { get; }

    /// <summary>Per platform, the bridging ranking's weight on disagreement.</summary>
    public double[] BridgingWeight { get; }

    public double[] RecencyHalfLifeSteps { get; }

    /// <summary>Per platform.</summary>
    public ModerationParameters[] Moderation { get; }

    /// <summary>Per actor: detection evasion and re-creation after bans.</summary>
    public ActorModeration Actors { get; }

    public int Threshold { get; }

    public double Entrenchment { get; }

    public double Forgetting { get; }

    public double Epsilon { get; }

    public double Mu { get; }

    /// <summary>A platform's moderation as written in the scenario, in steps and factors.</summary>
    private static ModerationParameters Policy(ModerationSpec spec, double stepHours) => new()
    {
        Recall = spec.Detection.Recall,
        FalsePositiveRate = spec.Detection.FalsePositiveRate,
        ReportRate = spec.Detection.ReportRate,
        AccountDetectionPerStep = 1 - Math.Pow(1 - spec.Detection.AccountDetectionPerHour, stepHours),
        ReviewDelaySteps = (int)Math.Ceiling(spec.Review.DelayHours / stepHours - 1e-9),
        ReviewCapacityPerStep = spec.Review.CapacityPerHour * stepHours,
        LabelStateAffiliated = spec.Label.StateAffiliated,
        LabelMisleading = spec.Label.Misleading,
        LabelCredibilityFactor = spec.Label.CredibilityFactor,
        LabelShareFactor = spec.Label.ShareFactor,
        DownrankStrength = spec.Downrank.Enabled ? spec.Downrank.Strength : 0,
        Remove = spec.Remove.Enabled,
        StrikesToBan = spec.Strikes.Enabled ? spec.Strikes.ToBan : int.MaxValue,
        BanActors = spec.BanActors.Enabled,
        CircuitBreakerResharesPerStep = spec.CircuitBreaker.Enabled ? spec.CircuitBreaker.ResharesPerHour * stepHours : double.PositiveInfinity,
        ThrottleFactor = spec.CircuitBreaker.Throttle,
        NudgeFactor = spec.Nudge.Enabled ? 1 - spec.Nudge.ShareReduction : 1,
    };

    private static double[] Cumulative(IReadOnlyDictionary<string, int> positions, Dictionary<string, double> mix)
    {
        var weights = new double[positions.Count];
        foreach (var (key, weight) in mix) weights[positions[key]] = weight;
        var total = weights.Sum();
        var cumulative = new double[weights.Length];
        double running = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i] / total;
            cumulative[i] = running;
        }

        cumulative[^1] = 1;
        return cumulative;
    }

    private static FeedRankingKind RankingOf(string ranking) => ranking switch
    {
        FeedRankings.Engagement => FeedRankingKind.Engagement,
        FeedRankings.Random => FeedRankingKind.Random,
        FeedRankings.Personalized => FeedRankingKind.Personalized,
        FeedRankings.Bridging => FeedRankingKind.Bridging,
        FeedRankings.SimSoM => FeedRankingKind.SimSoM,
        _ => FeedRankingKind.Chronological,
    };
}
