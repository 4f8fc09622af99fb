namespace InfluenceSim.Platforms;

/// <summary>How a feed chooses, among the unread items still in it, the ones a session reads (docs/model.md, 7.4).</summary>
public enum FeedRankingKind
{
    /// <summary>The newest first.</summary>
    Chronological,

    /// <summary>Best engagement score first: (1 + the cascade's reshares before this step) x 2^(-age / half-life).</summary>
    Engagement,

    /// <summary>A uniformly random choice among the unread items, in random order.</summary>
    Random,

    /// <summary>The engagement score, multiplied by the belief boost for items of a narrative the reader believes.</summary>
    Personalized,

    /// <summary>
    /// The engagement score times (1 + weight x the largest disagreement between two segments whose members have
    /// reshared the cascade): what is shared across segments that usually disagree rises.
    /// </summary>
    Bridging,

    /// <summary>
    /// SimSoM's (Truong et al. 2024): items drawn one after another, without replacement, with probability
    /// proportional to appeal x popularity x recency, recency = exp(-0.4 age^0.4).
    /// </summary>
    SimSoM,
}

/// <summary>What a ranking looks at: the posts, the step, the recency half-life, down-ranking, and for a personalized feed what the reader believes.</summary>
/// <param name="Posts">The replicate's posts.</param>
/// <param name="CurrentStep">The step being run.</param>
/// <param name="HalfLifeSteps">Steps after which an item's recency weight halves.</param>
/// <param name="DownrankStrength">The share of a down-ranked cascade's score that moderation takes away.</param>
/// <param name="Believed">Per narrative, whether the reader believes it (personalized feeds; null otherwise).</param>
/// <param name="BeliefBoost">The factor a believed narrative's items gain on a personalized feed.</param>
/// <param name="Disagreement">Bridging feeds: per pair of segments (a x segments + b), how much their members' beliefs differ, 0 to 1.</param>
/// <param name="Resharers">Bridging feeds: the segments that have reshared each cascade.</param>
/// <param name="Segments">Bridging feeds: the number of segments.</param>
/// <param name="BridgingWeight">Bridging feeds: the weight of the disagreement bridged.</param>
/// <param name="Appeal">SimSoM feeds: narratives' appeal, the reader's segment's from <paramref name="AppealOffset"/> on, one per narrative.</param>
/// <param name="AppealOffset">SimSoM feeds: where the reader's segment's appeals start.</param>
public readonly record struct RankingInputs(PostStore Posts, int CurrentStep, double HalfLifeSteps, double DownrankStrength, bool[]? Believed = null,
    double BeliefBoost = 1, double[]? Disagreement = null, CascadeSegments? Resharers = null, int Segments = 0, double BridgingWeight = 0,
    double[]? Appeal = null, int AppealOffset = 0);

/// <summary>
/// The feed rankings. Scores leave out reshares made during the step, so that the order in which agents read cannot
/// change what they see, and a down-ranked cascade's score is multiplied by (1 - strength).
/// </summary>
public static class FeedRanking
{
    /// <summary>
    /// Moves the items the reader reads to the front of <paramref name="candidates"/> (given newest first), in the order
    /// read; returns how many.
    /// </summary>
    public static int Select(FeedRankingKind kind, Span<int> candidates, int budget, in RankingInputs inputs, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var take = Math.Min(budget, candidates.Length);
        switch (kind)
        {
            case FeedRankingKind.Chronological:
                return take;
            case FeedRankingKind.Random:
                for (var picked = 0; picked < take; picked++)
                {
                    var chosen = random.Next(picked, candidates.Length);
                    (candidates[picked], candidates[chosen]) = (candidates[chosen], candidates[picked]);
                }

                return take;
            case FeedRankingKind.SimSoM:
                return DrawByWeight(candidates, take, inputs, random);
            default:
                return SelectTop(candidates, take, inputs, kind);
        }
    }

    /// <summary>
    /// The engagement score of an item; on a personalized feed times the belief boost when the reader believes its
    /// narrative; on a bridging feed times (1 + weight x the disagreement its cascade's resharers bridge).
    /// </summary>
    public static double Score(in RankingInputs inputs, int postId, FeedRankingKind kind)
    {
        ref var post = ref inputs.Posts[postId];
        var score = Popularity(inputs, post) * Math.Pow(2, -(inputs.CurrentStep - post.Step) / inputs.HalfLifeSteps) * Downranking(inputs, post);
        if (kind == FeedRankingKind.Personalized && inputs.Believed![post.Narrative]) score *= inputs.BeliefBoost;
        if (kind == FeedRankingKind.Bridging) score *= 1 + inputs.BridgingWeight * Bridged(inputs, inputs.Resharers!.Of(post.Root));
        return score;
    }

    /// <summary>
    /// SimSoM's weight of an item: its narrative's appeal to the reader x (1 + its cascade's reshares before this step)
    /// x exp(-0.4 age^0.4), age in steps (the stretched exponential decay of attention of Wu and Huberman 2007), and
    /// x (1 - strength) when down-ranked.
    /// </summary>
    public static double SimSoMWeight(in RankingInputs inputs, int postId)
    {
        ref var post = ref inputs.Posts[postId];
        return inputs.Appeal![inputs.AppealOffset + post.Narrative] * Popularity(inputs, post) * Math.Exp(-0.4 * Math.Pow(inputs.CurrentStep - post.Step, 0.4))
            * Downranking(inputs, post);
    }

    /// <summary>1 + the reshares of the item's cascade made before this step.</summary>
    private static int Popularity(in RankingInputs inputs, in Post post)
    {
        ref var root = ref inputs.Posts[post.Root];
        return 1 + (root.RecentStep == inputs.CurrentStep ? root.Shares - root.RecentShares : root.Shares);
    }

    /// <summary>1 - strength for an item of a down-ranked cascade, else 1.</summary>
    private static double Downranking(in RankingInputs inputs, in Post post) =>
        (inputs.Posts[post.Root].Status & PostStatus.Downranked) != 0 ? 1 - inputs.DownrankStrength : 1;

    /// <summary>Draws <paramref name="take"/> items without replacement, each with probability proportional to its SimSoM weight among those left.</summary>
    private static int DrawByWeight(Span<int> candidates, int take, in RankingInputs inputs, Random random)
    {
        Span<double> weights = candidates.Length <= 512 ? stackalloc double[candidates.Length] : new double[candidates.Length];
        double total = 0;
        for (var i = 0; i < candidates.Length; i++) total += weights[i] = SimSoMWeight(inputs, candidates[i]);
        for (var picked = 0; picked < take; picked++)
        {
            var chosen = candidates.Length - 1;
            var target = random.NextDouble() * total;
            for (var i = picked; i < candidates.Length; i++)
            {
                target -= weights[i];
                if (target >= 0) continue;
                chosen = i;
                break;
            }

            total -= weights[chosen];
            (candidates[picked], candidates[chosen]) = (candidates[chosen], candidates[picked]);
            (weights[picked], weights[chosen]) = (weights[chosen], weights[picked]);
        }

        return take;
    }

    /// <summary>The largest disagreement between two segments among those set in the mask (0 with fewer than two).</summary>
    public static double Bridged(in RankingInputs inputs, ulong segments)
    {
        double largest = 0;
        for (var a = segments; a != 0; a &= a - 1)
        {
            var first = System.Numerics.BitOperations.TrailingZeroCount(a);
            for (var b = a & (a - 1); b != 0; b &= b - 1)
            {
                var second = System.Numerics.BitOperations.TrailingZeroCount(b);
                largest = Math.Max(largest, inputs.Disagreement![first * inputs.Segments + second]);
            }
        }

        return largest;
    }

    /// <summary>Moves the best <paramref name="take"/> candidates to the front, best first (the newer first among equals).</summary>
    private static int SelectTop(Span<int> candidates, int take, in RankingInputs inputs, FeedRankingKind kind)
    {
        for (var picked = 0; picked < take; picked++)
        {
            var best = picked;
            var bestScore = Score(inputs, candidates[picked], kind);
            for (var i = picked + 1; i < candidates.Length; i++)
            {
                var score = Score(inputs, candidates[i], kind);
                if (score <= bestScore) continue;
                best = i;
                bestScore = score;
            }

            (candidates[picked], candidates[best]) = (candidates[best], candidates[picked]);
        }

        return take;
    }
}
