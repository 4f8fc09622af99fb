using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.SimSoM;

/// <summary>
/// Adds SimSoM's bots to a human follower network (its graphutils.init_net): bots are accounts numbered after the
/// humans; they follow each other in a network grown by random walks (3 follows each, friend of a friend with
/// probability 1/2); each bot gets Binomial(humans, gamma) human followers, picked without replacement uniformly or
/// in proportion to a targeting weight (successive draws, as numpy's weighted choice without replacement).
/// </summary>
public static class BotInfiltration
{
    private const int BotFollows = 3;
    private const double BotFriendOfFriend = 0.5;

    /// <summary>The network of humans and bots; row v lists v's followers.</summary>
    /// <param name="humans">Row h: the humans following h.</param>
    /// <param name="bots">How many bots.</param>
    /// <param name="gamma">Infiltration: probability that a human follows a given bot.</param>
    /// <param name="targetWeights">Per human, its weight as a target; null to pick uniformly. Humans of weight 0 are never picked.</param>
    /// <param name="random">The generator.</param>
    public static CsrGraph Build(CsrGraph humans, int bots, double gamma, ReadOnlySpan<double> targetWeights, SimRandom random)
    {
        ArgumentNullException.ThrowIfNull(humans);
        ArgumentNullException.ThrowIfNull(random);
        var people = humans.NodeCount;
        if (!targetWeights.IsEmpty && targetWeights.Length != people) throw new ArgumentException("one weight per human", nameof(targetWeights));
        var edges = new EdgeBuffer((int)Math.Min(Array.MaxLength, humans.EdgeCount + (long)bots * (BotFollows + 1) + (long)(bots * gamma * people * 1.1) + 1024));
        for (var v = 0; v < people; v++)
        {
            foreach (var follower in humans.Neighbours(v)) edges.Add(v, follower);
        }

        var botEdges = new EdgeBuffer();
        RandomWalkGrowth.Generate([0, bots], BotFollows, BotFriendOfFriend, homophily: 0, random, botEdges);
        var botNetwork = botEdges.Build(bots);
        for (var bot = 0; bot < bots; bot++)
        {
            foreach (var follower in botNetwork.Neighbours(bot)) edges.Add(people + bot, people + follower);
        }

        var table = targetWeights.IsEmpty ? null : new AliasTable(targetWeights);
        var eligible = targetWeights.IsEmpty ? people : CountPositive(targetWeights);
        var pickedBy = new int[people];
        Array.Fill(pickedBy, -1);
        for (var bot = 0; bot < bots; bot++)
        {
            var followers = Math.Min(eligible, gamma <= 0 ? 0 : Binomial.Sample(random, gamma, people));
            for (var picked = 0; picked < followers;)
            {
                var human = table is null ? random.Next(people) : table.Draw(random);
                if (pickedBy[human] == bot) continue;
                pickedBy[human] = bot;
                edges.Add(people + bot, human);
                picked++;
            }
        }

        return edges.Build(people + bots);
    }

    private static int CountPositive(ReadOnlySpan<double> weights)
    {
        var count = 0;
        foreach (var weight in weights)
        {
            if (weight > 0) count++;
        }

        return count;
    }
}
