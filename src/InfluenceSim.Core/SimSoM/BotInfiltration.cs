using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.SimSoM;

/// <summary>
/// Adds SimSoM's bots to a human follower network (its graphutils.init_net): bots are accounts numbered after the
/// humans; they follow each other in a network grown by random walks (3 follows each, friend of a friend with
/// probability 1/2); each bot gets Binomial(humans, gamma) human followers, picked without replacement uniformly or
/// in proportion to a targeting weight (successive draws, as numpy's weighted choice without replacement): by
/// drawing with replacement and passing over repeats, or, when a bot is to be followed by more than half of the
/// humans it may target (where repeats would be most draws), by the equivalent exponential keys E / weight, the
/// smallest winning (Efraimidis and Spirakis 2006).
/// </summary>
public static class BotInfiltration
{
    private const int BotFollows = 3;
    private const double BotFriendOfFriend = 0.5;

    /// <summary>The network of humans and bots; row v lists v's followers.</summary>
    /// <param name="humans">Row h: the humans following h.</param>
    /// <param name="bots">How many bots.</param>
    /// <param name="gamma">Infiltration: probability that a human follows a given bot.</param>
    /// <param name="targetWeights">Per human, its weight as a target; empty to pick uniformly. Humans of weight 0 are never picked.</param>
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
        var keys = new double[people];
        var candidates = new int[people];
        for (var bot = 0; bot < bots; bot++)
        {
            var followers = Math.Min(eligible, gamma <= 0 ? 0 : Binomial.Sample(random, gamma, people));
            if (table is not null && 2L * followers > eligible)
            {
                foreach (var human in SmallestKeys(targetWeights, followers, keys, candidates, random)) edges.Add(people + bot, human);
                continue;
            }

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

    /// <summary>The k humans with the smallest keys E / weight (E exponential), a weighted sample without replacement.</summary>
    private static ReadOnlySpan<int> SmallestKeys(ReadOnlySpan<double> weights, int k, double[] keys, int[] candidates, SimRandom random)
    {
        var count = 0;
        for (var human = 0; human < weights.Length; human++)
        {
            if (weights[human] <= 0) continue;
            keys[count] = -Math.Log(1 - random.NextDouble()) / weights[human];
            candidates[count++] = human;
        }

        keys.AsSpan(0, count).Sort(candidates.AsSpan(0, count));
        return candidates.AsSpan(0, k);
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
