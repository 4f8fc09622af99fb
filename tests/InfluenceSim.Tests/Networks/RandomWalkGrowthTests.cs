using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Networks;

/// <summary>The random-walk growth network: its follows, their heavy-tailed followers, homophily and lognormal spread.</summary>
public class RandomWalkGrowthTests
{
    private static CsrGraph Grow(int[] blockStarts, int follows, double friendOfFriend = 0.5, double homophily = 0, double spread = 0, ulong seed = 3)
    {
        var edges = new EdgeBuffer();
        RandomWalkGrowth.Generate(blockStarts, follows, friendOfFriend, homophily, new SimRandom(seed), edges, spread);
        return edges.Build(blockStarts[^1]);
    }

    [Test]
    public void EveryAccountFollowsExactlyKDistinctOthers()
    {
        var graph = Grow([0, 5000], follows: 12);
        var follows = new int[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var followers = graph.Neighbours(v);
            Assert.That(followers.ToArray(), Does.Not.Contain(v), "no one follows themselves");
            Assert.That(followers.ToArray().Distinct().Count(), Is.EqualTo(followers.Length), "no follow twice");
            foreach (var follower in followers) follows[follower]++;
        }

        Assert.That(follows, Is.All.EqualTo(12));
        Assert.That(graph.EdgeCount, Is.EqualTo(5000 * 12));
    }

    [Test]
    public void FriendsOfFriendsMakeFollowerCountsHeavyTailed()
    {
        var walk = Grow([0, 20_000], follows: 10, friendOfFriend: 0.8);
        var uniform = Grow([0, 20_000], follows: 10, friendOfFriend: 0);
        int Max(CsrGraph g) => Enumerable.Range(0, g.NodeCount).Max(g.Degree);
        Assert.That(Max(walk), Is.GreaterThan(300), "hubs: followed by more than 30 times the mean");
        Assert.That(Max(walk), Is.GreaterThan(3 * Max(uniform)));
    }

    [Test]
    public void HomophilyKeepsRandomPicksInTheNewcomersSegment()
    {
        var graph = Grow([0, 3000, 6000], follows: 10, friendOfFriend: 0, homophily: 0.9);
        long inside = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            foreach (var follower in graph.Neighbours(v)) inside += (v < 3000) == (follower < 3000) ? 1 : 0;
        }

        // A pick is inside with probability 0.9 + 0.1 x (the share of joined accounts in the segment, about 1/2).
        Assert.That(inside / (double)graph.EdgeCount, Is.EqualTo(0.95).Within(0.01));
    }

    [Test]
    public void FollowsSpreadGivesLognormalFollowsAroundTheMean()
    {
        var graph = Grow([0, 20_000], follows: 50, spread: 0.75);
        var follows = new int[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            foreach (var follower in graph.Neighbours(v)) follows[follower]++;
        }

        var logs = follows.Where(f => f > 0).Select(f => Math.Log(f)).ToArray();
        var mean = logs.Average();
        var sd = Math.Sqrt(logs.Sum(l => (l - mean) * (l - mean)) / logs.Length);
        Assert.That(follows.Average(), Is.EqualTo(50).Within(2.5));
        Assert.That(sd, Is.EqualTo(0.75).Within(0.05));
    }
}
