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
        var (feeds, posts) = FeedWithThreeCascades();
        Span<int> scratch = stackalloc int[8];
        var count = EngagementRanking.SelectTop(feeds, 0, 0, feeds.End(0), 2, posts, currentStep: 2, halfLifeSteps: 1e9, scratch);
        Assert.That(count, Is.EqualTo(2));
        Assert.That(scratch[..2].ToArray(), Is.EqualTo(new[] { 1, 2 }), "B has 5 reshares, C has 1, A none");
    }

    [Test]
    public void EngagementRankingPrefersRecentItemsWhenRecencyDecaysFast()
    {
        var (feeds, posts) = FeedWithThreeCascades();
        Span<int> scratch = stackalloc int[8];
        var count = EngagementRanking.SelectTop(feeds, 0, 0, feeds.End(0), 1, posts, currentStep: 2, halfLifeSteps: 0.05, scratch);
        Assert.That(count, Is.EqualTo(1));
        Assert.That(scratch[0], Is.EqualTo(2), "C is a step newer, worth 2^20 times more than B");
    }

    /// <summary>Account 0's feed holds A (post 0, step 0, no reshares), B (post 1, step 0, 5 reshares) and C (post 2, step 1, 1 reshare).</summary>
    private static (FeedStore Feeds, PostStore Posts) FeedWithThreeCascades()
    {
        var posts = new PostStore();
        posts.AddOriginal(author: 0, platform: 0, narrative: 0, language: 0, step: 0);
        posts.AddOriginal(1, 0, 0, 0, 0);
        posts.AddOriginal(2, 0, 0, 0, 1);
        for (var i = 0; i < 5; i++) posts.AddReshare(3, parent: 1, platform: 0, step: 1);
        posts.AddReshare(3, 2, 0, 1);
        var feeds = new FeedStore(accounts: 1, size: 10);
        feeds.Push(0, 0);
        feeds.Push(0, 1);
        feeds.Push(0, 2);
        return (feeds, posts);
    }
}
