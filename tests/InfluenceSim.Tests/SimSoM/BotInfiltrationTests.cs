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

    [Test]
    public void BotsFollowedByMostOfTheirTargetsGetThemAllQuickly()
    {
        var humans = Humans(3000);
        var weights = Enumerable.Range(0, 3000).Select(h => h < 1000 ? 0.0 : 1.0 + humans.Degree(h) * humans.Degree(h)).ToArray();
        var network = BotInfiltration.Build(humans, bots: 20, gamma: 1, weights, new SimRandom(4));
        for (var bot = 3000; bot < 3020; bot++)
        {
            var followers = network.Neighbours(bot).ToArray().Where(f => f < 3000).ToArray();
            Assert.That(followers, Has.Length.EqualTo(2000), "gamma 1: every human of positive weight");
            Assert.That(followers, Is.All.GreaterThanOrEqualTo(1000));
        }
    }

    [Test]
    public void BothWaysOfPickingGiveSuccessiveWeightedDraws()
    {
        // 4 humans of weight 3 and 4 of weight 1; a bot gets Binomial(8, 0.6) followers, by repeated draws when it
        // gets at most 4 and by exponential keys when more: the light humans picked must average what successive
        // weighted draws give, summed over the binomial.
        var humans = new EdgeBuffer().Build(8);
        double[] weights = [3, 3, 3, 3, 1, 1, 1, 1];
        const int bots = 40_000;
        var network = BotInfiltration.Build(humans, bots, gamma: 0.6, weights, new SimRandom(5));
        var lightPicked = 0;
        for (var bot = 8; bot < 8 + bots; bot++)
        {
            foreach (var follower in network.Neighbours(bot)) lightPicked += follower is >= 4 and < 8 ? 1 : 0;
        }

        var expected = Enumerable.Range(0, 9).Sum(k => MathNet.Numerics.Distributions.Binomial.PMF(0.6, 8, k) * LightInSuccessiveSample(4, 4, 3, k));
        Assert.That(lightPicked / (double)bots, Is.EqualTo(expected).Within(0.03));
    }

    /// <summary>Expected light humans among the picks of successive weighted draws without replacement, by recursion.</summary>
    private static double LightInSuccessiveSample(int heavy, int light, double weight, int picks)
    {
        if (picks == 0 || heavy + light == 0) return 0;
        var total = heavy * weight + light;
        var pHeavy = heavy * weight / total;
        var ifHeavy = heavy > 0 ? LightInSuccessiveSample(heavy - 1, light, weight, picks - 1) : 0;
        var ifLight = light > 0 ? 1 + LightInSuccessiveSample(heavy, light - 1, weight, picks - 1) : 0;
        return pHeavy * ifHeavy + (1 - pHeavy) * ifLight;
    }
}
