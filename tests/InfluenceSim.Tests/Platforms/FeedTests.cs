using InfluenceSim.Platforms;
using InfluenceSim.Randomness;

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
    public void PrefetchingStaysInsideTheFeedAndChangesNothing([Values(1, 15, 16, 17, 40, 300)] int size)
    {
        var feeds = new FeedStore(accounts: 3, size);
        for (var post = 0; post < 2 * size + 5; post++) feeds.Push(2, post);
        var before = Enumerable.Range(feeds.UnreadStart(2), size).Select(sequence => feeds.ItemAt(2, sequence)).ToArray();
        foreach (var account in new[] { 0, 2 })
        {
            feeds.PrefetchCounts(account);
            var end = feeds.End(account);
            foreach (var first in new[] { int.MinValue, -1, 0, end - 3 * size, end - size, end - 1, end, end + 5 })
            {
                foreach (var last in new[] { end, end + 1, first, first + 1 })
                {
                    Assert.DoesNotThrow(() => feeds.PrefetchSlots(account, first, last), $"account {account}, sequences {first} to {last}");
                }
            }
        }

        Assert.That(Enumerable.Range(feeds.UnreadStart(2), size).Select(sequence => feeds.ItemAt(2, sequence)), Is.EqualTo(before));
        Assert.That(feeds.End(0), Is.Zero);
    }

    [Test]
    public void EngagementRankingPutsTheMostResharedCascadeFirstWhenRecencyIsFlat()
    {
        var posts = ThreeCascades();
        int[] candidates = [0, 1, 2];
        var count = Engagement(candidates, 2, posts, currentStep: 2, halfLifeSteps: 1e9);
        Assert.That(count, Is.EqualTo(2));
        Assert.That(candidates[..2], Is.EqualTo(new[] { 1, 2 }), "B has 5 reshares, C has 1, A none");
    }

    [Test]
    public void EngagementRankingPrefersRecentItemsWhenRecencyDecaysFast()
    {
        var posts = ThreeCascades();
        int[] candidates = [0, 1, 2];
        var count = Engagement(candidates, 1, posts, currentStep: 2, halfLifeSteps: 0.05);
        Assert.That(count, Is.EqualTo(1));
        Assert.That(candidates[0], Is.EqualTo(2), "C is a step newer, worth 2^20 times more than B");
    }

    [Test]
    public void EngagementRankingCountsOnlyResharesMadeBeforeThisStep()
    {
        var posts = ThreeCascades();
        int[] candidates = [1, 0];
        Engagement(candidates, 1, posts, currentStep: 1, halfLifeSteps: 1e9);
        Assert.That(candidates[0], Is.EqualTo(1), "B's five reshares happen during step 1: a tie with A, and B was first");
        candidates = [0, 1];
        Engagement(candidates, 1, posts, currentStep: 1, halfLifeSteps: 1e9);
        Assert.That(candidates[0], Is.EqualTo(0), "the same tie the other way round: the order of the feed decides, not the reshares");
        Engagement(candidates, 1, posts, currentStep: 2, halfLifeSteps: 1e9);
        Assert.That(candidates[0], Is.EqualTo(1), "from step 2 they count");
    }

    [Test]
    public void DownRankingCutsACascadesScore()
    {
        var posts = ThreeCascades();
        posts[1].Status |= PostStatus.Downranked;
        int[] candidates = [0, 1, 2];
        Engagement(candidates, 1, posts, currentStep: 2, halfLifeSteps: 1e9, downrankStrength: 0.9);
        Assert.That(candidates[0], Is.EqualTo(2), "B's score 6 x 0.1 falls below C's 2");
    }

    [Test]
    public void ChronologicalReadsTheNewestFirstAndLeavesTheRest()
    {
        int[] candidates = [2, 1, 0];
        var count = FeedRanking.Select(FeedRankingKind.Chronological, candidates, 2, Inputs(ThreeCascades(), 2, 1e9), new SimRandom(1));
        Assert.That(count, Is.EqualTo(2));
        Assert.That(candidates, Is.EqualTo(new[] { 2, 1, 0 }), "the candidates come newest first and stay so");
    }

    [Test]
    public void PersonalizedRankingLiftsTheNarrativesTheReaderBelieves()
    {
        var posts = new PostStore();
        posts.AddOriginal(author: 0, platform: 0, narrative: 0, language: 0, step: 0);
        posts.AddOriginal(1, 0, narrative: 1, 0, 0);
        for (var i = 0; i < 2; i++) posts.AddReshare(3, parent: 0, platform: 0, step: 0);
        bool[] believesSecond = [false, true];
        int[] candidates = [1, 0];
        var inputs = Inputs(posts, 1, 1e9) with { Believed = believesSecond, BeliefBoost = 2.5 };
        FeedRanking.Select(FeedRankingKind.Personalized, candidates, 1, inputs, new SimRandom(1));
        Assert.That(candidates[0], Is.EqualTo(0), "score 3 (two reshares) beats 1 x 2.5");
        candidates = [1, 0];
        FeedRanking.Select(FeedRankingKind.Personalized, candidates, 1, inputs with { BeliefBoost = 3.5 }, new SimRandom(1));
        Assert.That(candidates[0], Is.EqualTo(1), "1 x 3.5 beats 3: the believed narrative comes first");
        Assert.That(FeedRanking.Score(inputs, 1, FeedRankingKind.Engagement), Is.EqualTo(1).Within(1e-6), "without personalization the boost does not count");
    }

    [Test]
    public void BridgingRankingLiftsWhatIsResharedAcrossSegmentsThatDisagree()
    {
        var posts = new PostStore();
        posts.AddOriginal(author: 0, platform: 0, narrative: 0, language: 0, step: 0);
        posts.AddOriginal(1, 0, 0, 0, 0);
        for (var i = 0; i < 3; i++) posts.AddReshare(3, parent: 0, platform: 0, step: 0);
        posts.AddReshare(4, parent: 1, platform: 0, step: 0);
        var resharers = new CascadeSegments();
        resharers.Add(0, 0);
        resharers.Add(1, 0);
        resharers.Add(1, 2);
        // Segments 0 and 2 disagree (0.6); 0 and 1 agree.
        double[] disagreement = [0, 0.1, 0.6, 0.1, 0, 0.5, 0.6, 0.5, 0];
        var inputs = Inputs(posts, 1, 1e9) with { Disagreement = disagreement, Resharers = resharers, Segments = 3, BridgingWeight = 4 };
        Assert.That(FeedRanking.Bridged(inputs, 0b101), Is.EqualTo(0.6));
        Assert.That(FeedRanking.Bridged(inputs, 0b111), Is.EqualTo(0.6), "the largest disagreement among the resharers' segments");
        Assert.That(FeedRanking.Bridged(inputs, 0b100), Is.Zero, "one segment bridges nothing");
        int[] candidates = [0, 1];
        FeedRanking.Select(FeedRankingKind.Bridging, candidates, 1, inputs, new SimRandom(1));
        Assert.That(candidates[0], Is.EqualTo(1), "2 x (1 + 4 x 0.6) = 6.8 beats 4 reshared within one segment");
        candidates = [0, 1];
        FeedRanking.Select(FeedRankingKind.Engagement, candidates, 1, inputs, new SimRandom(1));
        Assert.That(candidates[0], Is.EqualTo(0), "by engagement alone the more reshared comes first");
    }

    [Test]
    public void SimSoMRankingDrawsInProportionToAppealPopularityAndRecency()
    {
        var posts = new PostStore();
        posts.AddOriginal(author: 0, platform: 0, narrative: 0, language: 0, step: 0);
        posts.AddOriginal(1, 0, narrative: 1, 0, step: 0);
        posts.AddOriginal(2, 0, narrative: 0, 0, step: 1);
        for (var i = 0; i < 3; i++) posts.AddReshare(3, parent: 0, platform: 0, step: 0);
        // At step 2, for a reader of segment 1: appeal of narrative 0 is 0.5, of narrative 1 is 1.
        double[] appeal = [0.9, 0.9, 0.5, 1.0];
        var inputs = Inputs(posts, 2, 1e9) with { Appeal = appeal, AppealOffset = 2 };
        double Recency(int age) => Math.Exp(-0.4 * Math.Pow(age, 0.4));
        double[] expected = [0.5 * 4 * Recency(2), 1.0 * 1 * Recency(2), 0.5 * 1 * Recency(1)];
        for (var post = 0; post < 3; post++) Assert.That(FeedRanking.SimSoMWeight(inputs, post), Is.EqualTo(expected[post]).Within(1e-12));

        var random = new SimRandom(11);
        var firsts = new int[3];
        const int sessions = 40_000;
        for (var session = 0; session < sessions; session++)
        {
            int[] candidates = [2, 1, 0];
            Assert.That(FeedRanking.Select(FeedRankingKind.SimSoM, candidates, 2, inputs, random), Is.EqualTo(2));
            Assert.That(candidates[0], Is.Not.EqualTo(candidates[1]), "without replacement");
            firsts[candidates[0]]++;
        }

        for (var post = 0; post < 3; post++)
        {
            var p = expected[post] / expected.Sum();
            Assert.That(firsts[post], Is.EqualTo(sessions * p).Within(5 * Math.Sqrt(sessions * p * (1 - p))), $"post {post} first with probability {p:0.000}");
        }
    }

    [Test]
    public void RandomRankingReadsEachItemWithEqualChance()
    {
        var posts = ThreeCascades();
        var random = new SimRandom(5);
        var firsts = new int[3];
        var read = new int[3];
        const int sessions = 30_000;
        for (var session = 0; session < sessions; session++)
        {
            int[] candidates = [2, 1, 0];
            var count = FeedRanking.Select(FeedRankingKind.Random, candidates, 2, Inputs(posts, 2, 1e9), random);
            Assert.That(count, Is.EqualTo(2));
            Assert.That(candidates.Order(), Is.EqualTo(new[] { 0, 1, 2 }), "a permutation of the candidates");
            firsts[candidates[0]]++;
            read[candidates[0]]++;
            read[candidates[1]]++;
        }

        var sd = Math.Sqrt(sessions * (1 / 3.0) * (2 / 3.0));
        Assert.That(firsts, Has.All.InRange(sessions / 3.0 - 5 * sd, sessions / 3.0 + 5 * sd), "each item comes first a third of the time");
        Assert.That(read, Has.All.InRange(2 * sessions / 3.0 - 5 * sd, 2 * sessions / 3.0 + 5 * sd), "each item is read two times in three");
    }

    private static int Engagement(int[] candidates, int budget, PostStore posts, int currentStep, double halfLifeSteps, double downrankStrength = 0) =>
        FeedRanking.Select(FeedRankingKind.Engagement, candidates, budget, Inputs(posts, currentStep, halfLifeSteps, downrankStrength), new SimRandom(1));

    private static RankingInputs Inputs(PostStore posts, int currentStep, double halfLifeSteps, double downrankStrength = 0) =>
        new(posts, currentStep, halfLifeSteps, downrankStrength);

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
