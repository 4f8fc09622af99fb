using InfluenceSim.Randomness;
using InfluenceSim.SimSoM;

namespace InfluenceSim.Tests.SimSoM;

/// <summary>SimSoM's feed rules on hand-built deliveries, and its reshare draw against its weights.</summary>
public class NewsFeedsTests
{
    [Test]
    public void AnEmptyFeedTakesTheFirstAlphaDistinctArrivalsWithRepeatsCounted()
    {
        var feeds = new NewsFeeds(accounts: 2, alpha: 3);
        feeds.Deliver(1, [7, 8, 7, 9, 10, 8], [1, 1, 2, 1, 1, 5], messageCount: 11);
        Assert.That(feeds.MessagesOf(1).ToArray(), Is.EqualTo(new[] { 7, 8, 9 }));
        Assert.That(feeds.SharesOf(1).ToArray(), Is.EqualTo(new[] { 3, 6, 1 }), "7 arrived once plus twice (a bot's 2 copies); 8 once plus 5");
        Assert.That(feeds.AgesOf(1).ToArray(), Is.EqualTo(new[] { 0, 0, 0 }));
        Assert.That(feeds.CountOf(0), Is.Zero);
    }

    [Test]
    public void AMessageAlreadyInTheFeedGainsSharesAndKeepsItsPlaceWhileTheRestAgeByOne()
    {
        var feeds = new NewsFeeds(accounts: 1, alpha: 4);
        feeds.Deliver(0, [1, 2], [1, 1], messageCount: 5);
        feeds.Deliver(0, [3], [1], messageCount: 5);
        feeds.Deliver(0, [2, 4], [1, 1], messageCount: 5);
        Assert.That(feeds.MessagesOf(0).ToArray(), Is.EqualTo(new[] { 4, 3, 1, 2 }));
        Assert.That(feeds.SharesOf(0).ToArray(), Is.EqualTo(new[] { 1, 1, 1, 2 }));
        Assert.That(feeds.AgesOf(0).ToArray(), Is.EqualTo(new[] { 0, 1, 2, 2 }), "with an overlap every older item ages by one, the repeated one too");
    }

    [Test]
    public void ADeliveryWithoutOverlapSetsTheOlderItemsAgesToOneAndTheFeedKeepsTheNewestAlpha()
    {
        var feeds = new NewsFeeds(accounts: 1, alpha: 3);
        feeds.Deliver(0, [1], [1], messageCount: 10);
        feeds.Deliver(0, [2], [1], messageCount: 10);
        feeds.Deliver(0, [3, 1], [1, 1], messageCount: 10);
        Assert.That(feeds.AgesOf(0).ToArray(), Is.EqualTo(new[] { 0, 1, 2 }), "1 was in the feed: the older items aged by one");
        feeds.Deliver(0, [4, 5], [1, 1], messageCount: 10);
        Assert.That(feeds.MessagesOf(0).ToArray(), Is.EqualTo(new[] { 4, 5, 3 }), "cut to the three newest");
        Assert.That(feeds.AgesOf(0).ToArray(), Is.EqualTo(new[] { 0, 0, 1 }), "no overlap: SimSoM's code sets the older ages to 1");
    }

    [Test]
    public void AFeedFullOfNewArrivalsDropsItsOldItemsEvenOnesThatWereRepeated()
    {
        var feeds = new NewsFeeds(accounts: 1, alpha: 2);
        feeds.Deliver(0, [1, 2], [1, 1], messageCount: 10);
        feeds.Deliver(0, [3, 4, 1, 5], [1, 1, 1, 1], messageCount: 10);
        Assert.That(feeds.MessagesOf(0).ToArray(), Is.EqualTo(new[] { 3, 4 }));
        Assert.That(feeds.SharesOf(0).ToArray(), Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public void TheResharedMessageIsDrawnInProportionToAppealTimesSharesTimesRecency()
    {
        var feeds = new NewsFeeds(accounts: 1, alpha: 3);
        feeds.Deliver(0, [0], [1], messageCount: 3);
        feeds.Deliver(0, [1, 2, 2, 2], [1, 1, 1, 1], messageCount: 3);
        float[] appeal = [0.9f, 0.2f, 0.5f];
        var ages = feeds.AgesOf(0).ToArray();
        var messages = feeds.MessagesOf(0).ToArray();
        var shares = feeds.SharesOf(0).ToArray();
        var weights = messages.Select((m, i) => appeal[m] * shares[i] * Math.Exp(-0.4 * Math.Pow(ages[i], 0.4))).ToArray();
        var random = new SimRandom(9);
        var counts = new int[3];
        const int draws = 200_000;
        for (var d = 0; d < draws; d++) counts[feeds.PickForReshare(0, appeal, random)]++;
        for (var i = 0; i < messages.Length; i++)
        {
            var expected = weights[i] / weights.Sum();
            var sd = Math.Sqrt(expected * (1 - expected) / draws);
            Assert.That(counts[messages[i]] / (double)draws, Is.EqualTo(expected).Within(5 * sd), $"message {messages[i]}");
        }
    }
}
