using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.SimSoM;

namespace InfluenceSim.Tests.SimSoM;

/// <summary>SimSoM's bots: their own network, their human followers' number and targeting.</summary>
public class BotInfiltrationTests
{
    private static CsrGraph Humans(int n)
    {
        var edges = new EdgeBuffer();
        RandomWalkGrowth.Generate([0, n], 10, 0.5, 0, new SimRandom(1), edges);
        return edges.Build(n);
    }

    [Test]
    public void BotsFollowThreeBotsAndAreFollowedByGammaOfTheHumans()
    {
        var humans = Humans(4000);
        var network = BotInfiltration.Build(humans, bots: 200, gamma: 0.02, [], new SimRandom(2));
        Assert.That(network.NodeCount, Is.EqualTo(4200));
        var botFollows = new int[200];
        long humanFollowers = 0;
        for (var bot = 4000; bot < 4200; bot++)
        {
            foreach (var follower in network.Neighbours(bot))
            {
                if (follower >= 4000) botFollows[follower - 4000]++;
                else humanFollowers++;
            }
        }

        Assert.That(botFollows, Is.All.EqualTo(3));
        var expected = 200 * 4000 * 0.02;
        Assert.That(humanFollowers, Is.EqualTo(expected).Within(4 * Math.Sqrt(expected)));
        for (var h = 0; h < 4000; h++) Assert.That(network.Neighbours(h).ToArray(), Is.EqualTo(humans.Neighbours(h).ToArray()));
    }

    [Test]
    public void TargetingPicksHumansInProportionToTheirWeightAndNeverThoseOfWeightZero()
    {
        var humans = Humans(2000);
        var weights = Enumerable.Range(0, 2000).Select(h => h < 500 ? 0.0 : h < 1000 ? 3.0 : 1.0).ToArray();
        var network = BotInfiltration.Build(humans, bots: 400, gamma: 0.01, weights, new SimRandom(3));
        var picked = new int[2000];
        for (var bot = 2000; bot < 2400; bot++)
        {
            foreach (var follower in network.Neighbours(bot))
            {
                if (follower < 2000) picked[follower]++;
            }
        }

        Assert.That(picked[..500], Is.All.Zero);
        var heavy = picked[500..1000].Sum();
        var light = picked[1000..].Sum();
        Assert.That(heavy / (double)light, Is.EqualTo(3.0 * 500 / 1000).Within(0.15), "weights 3 and 1, 500 and 1000 humans");
    }
}
