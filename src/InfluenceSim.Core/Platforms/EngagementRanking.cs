namespace InfluenceSim.Platforms;

/// <summary>
/// The engagement feed: items scored by (1 + reshares of their cascade) x 2^(-age / half-life), best first.
/// </summary>
public static class EngagementRanking
{
    /// <summary>
    /// Puts the best <paramref name="budget"/> items of the feed between sequence numbers start and end at the front
    /// of <paramref name="scratch"/> (which must hold end - start items), best first, and returns how many there are.
    /// </summary>
    public static int SelectTop(FeedStore feeds, int account, int start, int end, int budget, PostStore posts, int currentStep,
        double halfLifeSteps, Span<int> scratch)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(posts);
        var candidates = end - start;
        for (var i = 0; i < candidates; i++) scratch[i] = feeds.ItemAt(account, start + i);
        var take = Math.Min(budget, candidates);
        for (var picked = 0; picked < take; picked++)
        {
            var best = picked;
            var bestScore = Score(posts, scratch[picked], currentStep, halfLifeSteps);
            for (var i = picked + 1; i < candidates; i++)
            {
                var score = Score(posts, scratch[i], currentStep, halfLifeSteps);
                if (score <= bestScore) continue;
                best = i;
                bestScore = score;
            }

            (scratch[picked], scratch[best]) = (scratch[best], scratch[picked]);
        }

        return take;
    }

    public static double Score(PostStore posts, int postId, int currentStep, double halfLifeSteps)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ref var post = ref posts[postId];
        return (1 + posts[post.Root].Shares) * Math.Pow(2, -(currentStep - post.Step) / halfLifeSteps);
    }
}
