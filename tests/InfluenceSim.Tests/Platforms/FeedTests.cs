using InfluenceSim.Platforms;

namespace InfluenceSim.Tests.Platforms;

public class FeedTests
{
    [Test]
    public void RingKeepsTheNewestItemsAndRemembersWhatWasRead()
    {
        var feeds = new FeedStore(accounts: 2, size: 3);
        for (var post = 10; post < 15; post++) feeds.Push(1, post);
        Assert.Multiple(() =>
        {
            Assert.That(feeds.End(1), Is.EqualTo(5));
            Assert.That(feeds.UnreadStart(1), Is.EqualTo(2), "the two oldest fell out of the ring");
            Assert.That(new[] { feeds.ItemAt(1, 2), feeds.ItemAt(1, 3), feeds.ItemAt(1, 4) }, Is.EqualTo(new[] { 12, 13, 14 }));
            Assert.That(feeds.End(0), Is.Zero, "other feeds are untouched");
        });
        feeds.MarkReadUpTo(1, 5);
        feeds.Push(1, 15);
        Assert.That(feeds.UnreadStart(1), Is.EqualTo(5));
        Assert.That(feeds.ItemAt(1, 5), Is.EqualTo(15));
    }

    [Test]
    public void EngagementRankingPutsTheMostResharedCascadeFirstWhenRecencyIsFlat()
    {
        var posts = ThreeCascades();
        int[] candidates = [0, 1, 2];
        var count = EngagementRanking.SelectTop(candidates, 2, posts, currentStep: 2, halfLifeSteps: 1e9, downrankStrength: 0);
        Assert.That(count, Is.EqualTo(2));
        Assert.That(candidates[..2], Is.EqualTo(new[] { 1, 2 }), "B has 5 reshares, C has 1, A none");
    }

    [Test]
    public void EngagementRankingPrefersRecentItemsWhenRecencyDecaysFast()
    {
        var posts = ThreeCascades();
        int[] candidates = [0, 1, 2];
        var count = EngagementRanking.SelectTop(candidates, 1, posts, currentStep: 2, halfLifeSteps: 0.05, downrankStrength: 0);
        Assert.That(count, Is.EqualTo(1));
        Assert.That(candidates[0], Is.EqualTo(2), "C is a step newer, worth 2^20 times more than B");
    }

    [Test]
    public void EngagementRankingCountsOnlyResharesMadeBeforeThisStep()
    {
        var posts = ThreeCascades();
        int[] candidates = [1, 0];
        EngagementRanking.SelectTop(candidates, 1, posts, currentStep: 1, halfLifeSteps: 1e9, downrankStrength: 0);
        Assert.That(candidates[0], Is.EqualTo(1), "B's five reshares happen during step 1: a tie with A, and B was first");
        candidates = [0, 1];
        EngagementRanking.SelectTop(candidates, 1, posts, currentStep: 1, halfLifeSteps: 1e9, downrankStrength: 0);
        Assert.That(candidates[0], Is.EqualTo(0), "the same tie the other way round: the order of the feed decides, not the reshares");
        EngagementRanking.SelectTop(candidates, 1, posts, currentStep: 2, halfLifeSteps: 1e9, downrankStrength: 0);
        Assert.That(candidates[0], Is.EqualTo(1), "from step 2 they count");
    }

    [Test]
    public void DownRankingCutsACascadesScore()
    {
        var posts = ThreeCascades();
        posts[1].Status |= PostStatus.Downranked;
        int[] candidates = [0, 1, 2];
        EngagementRanking.SelectTop(candidates, 1, posts, currentStep: 2, halfLifeSteps: 1e9, downrankStrength: 0.9);
        Assert.That(candidates[0], Is.EqualTo(2), "B's score 6 x 0.1 falls below C's 2");
    }

    /// <summary>A (post 0, step 0, no reshares), B (post 1, step 0, 5 reshares) and C (post 2, step 1, 1 reshare).</summary>
    private static PostStore ThreeCascades()
    {
        var posts = new PostStore();
        posts.AddOriginal(author: 0, platform: 0, narrative: 0, language: 0, step: 0);
        posts.AddOriginal(1, 0, 0, 0, 0);
        posts.AddOriginal(2, 0, 0, 0, 1);
        for (var i = 0; i < 5; i++) posts.AddReshare(3, parent: 1, platform: 0, step: 1);
        posts.AddReshare(3, 2, 0, 1);
        return posts;
    }
}
