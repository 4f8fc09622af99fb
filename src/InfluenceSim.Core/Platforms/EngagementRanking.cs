namespace InfluenceSim.Platforms;

/// <summary>
/// The engagement feed: items scored by (1 + reshares of their cascade before this step) x 2^(-age / half-life),
/// and by (1 - strength) when moderation has down-ranked the cascade; best first. Reshares made during the
/// step are left out so that the order in which agents read cannot change what they see.
/// </summary>
public static class EngagementRanking
{
    /// <summary>Moves the best <paramref name="budget"/> of the candidate posts to the front, best first; returns how many.</summary>
    public static int SelectTop(Span<int> candidates, int budget, PostStore posts, int currentStep, double halfLifeSteps, double downrankStrength)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var take = Math.Min(budget, candidates.Length);
        for (var picked = 0; picked < take; picked++)
        {
            var best = picked;
            var bestScore = Score(posts, candidates[picked], currentStep, halfLifeSteps, downrankStrength);
            for (var i = picked + 1; i < candidates.Length; i++)
            {
                var score = Score(posts, candidates[i], currentStep, halfLifeSteps, downrankStrength);
                if (score <= bestScore) continue;
                best = i;
                bestScore = score;
            }

            (candidates[picked], candidates[best]) = (candidates[best], candidates[picked]);
        }

        return take;
    }

    public static double Score(PostStore posts, int postId, int currentStep, double halfLifeSteps, double downrankStrength)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ref var post = ref posts[postId];
        ref var root = ref posts[post.Root];
        var sharesBefore = root.RecentStep == currentStep ? root.Shares - root.RecentShares : root.Shares;
        var score = (1 + sharesBefore) * Math.Pow(2, -(currentStep - post.Step) / halfLifeSteps);
        return (root.Status & PostStatus.Downranked) != 0 ? score * (1 - downrankStrength) : score;
    }
}
