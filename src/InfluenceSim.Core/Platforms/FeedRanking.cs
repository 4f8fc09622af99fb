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
}

/// <summary>What a ranking looks at: the posts, the step, the recency half-life, down-ranking, and for a personalized feed what the reader believes.</summary>
/// <param name="Posts">The replicate's posts.</param>
/// <param name="CurrentStep">The step being run.</param>
/// <param name="HalfLifeSteps">Steps after which an item's recency weight halves.</param>
/// <param name="DownrankStrength">The share of a down-ranked cascade's score that moderation takes away.</param>
/// <param name="Believed">Per narrative, whether the reader believes it (personalized feeds; null otherwise).</param>
/// <param name="BeliefBoost">The factor a believed narrative's items gain on a personalized feed.</param>
public readonly record struct RankingInputs(PostStore Posts, int CurrentStep, double HalfLifeSteps, double DownrankStrength, bool[]? Believed = null,
    double BeliefBoost = 1);

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
            default:
                return SelectTop(candidates, take, inputs, personalized: kind == FeedRankingKind.Personalized);
        }
    }

    /// <summary>The engagement score of an item, times the belief boost on a personalized feed when the reader believes its narrative.</summary>
    public static double Score(in RankingInputs inputs, int postId, bool personalized)
    {
        ArgumentNullException.ThrowIfNull(inputs.Posts);
        ref var post = ref inputs.Posts[postId];
        ref var root = ref inputs.Posts[post.Root];
        var sharesBefore = root.RecentStep == inputs.CurrentStep ? root.Shares - root.RecentShares : root.Shares;
        var score = (1 + sharesBefore) * Math.Pow(2, -(inputs.CurrentStep - post.Step) / inputs.HalfLifeSteps);
        if ((root.Status & PostStatus.Downranked) != 0) score *= 1 - inputs.DownrankStrength;
        if (personalized && inputs.Believed![post.Narrative]) score *= inputs.BeliefBoost;
        return score;
    }

    /// <summary>Moves the best <paramref name="take"/> candidates to the front, best first (the newer first among equals).</summary>
    private static int SelectTop(Span<int> candidates, int take, in RankingInputs inputs, bool personalized)
    {
        for (var picked = 0; picked < take; picked++)
        {
            var best = picked;
            var bestScore = Score(inputs, candidates[picked], personalized);
            for (var i = picked + 1; i < candidates.Length; i++)
            {
                var score = Score(inputs, candidates[i], personalized);
                if (score <= bestScore) continue;
                best = i;
                bestScore = score;
            }

            (candidates[picked], candidates[best]) = (candidates[best], candidates[picked]);
        }

        return take;
    }
}
