using InfluenceSim.Randomness;

namespace InfluenceSim.Networks;

/// <summary>
/// A directed follower network grown by random walks (Vazquez 2003), the generator of SimSoM's synthetic networks
/// (its graphutils.random_walk_network). The first k accounts follow each other; then accounts join in random order,
/// each following k distinct accounts that joined before it: one picked at random, and each of the other k - 1 with
/// probability p an account that the first one follows (a friend of a friend), else another picked at random. The
/// friend-of-friend step is attachment by followers, so follower counts are heavy-tailed, and it closes triangles.
/// With segments, an account picked at random is from the newcomer's own segment with probability homophily.
/// </summary>
public static class RandomWalkGrowth
{
    /// <summary>Adds the edges (followed, follower) of a network over the blocks' nodes.</summary>
    /// <param name="blockStarts">Block b holds nodes blockStarts[b]..blockStarts[b+1]-1; the last entry is n.</param>
    /// <param name="follows">k: accounts each account follows (all follow each other when there are at most k + 1).</param>
    /// <param name="friendOfFriend">p: probability that a follow after the first goes to a friend of the first.</param>
    /// <param name="homophily">Probability that an account picked at random is from the newcomer's own block.</param>
    /// <param name="random">The network's generator.</param>
    /// <param name="edges">Where the edges go, followed first: a row of the built graph lists an account's followers.</param>
    public static void Generate(ReadOnlySpan<int> blockStarts, int follows, double friendOfFriend, double homophily, SimRandom random, EdgeBuffer edges, double spread = 0)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(edges);
        var n = blockStarts[^1];
        var k = Math.Min(follows, n - 1);
        if (k <= 0) return;
        var blockOf = BlockOfNode(blockStarts);
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        random.Shuffle(order);
        var followsOf = new int[n];
        var friendStart = new long[n + 1];
        for (var i = 0; i < n; i++)
        {
            var count = i <= k ? k : spread == 0 ? k : (int)Math.Clamp(Math.Round(Math.Exp(Math.Log(k) - spread * spread / 2 + spread * random.NextStandardNormal())), 1, i);
            followsOf[order[i]] = count;
        }

        for (var v = 0; v < n; v++) friendStart[v + 1] = friendStart[v] + followsOf[v];
        var friends = new int[friendStart[n]];
        var joinedInBlock = new int[blockStarts.Length - 1][];
        for (var b = 0; b < joinedInBlock.Length; b++) joinedInBlock[b] = new int[blockStarts[b + 1] - blockStarts[b]];
        var joinedCount = new int[joinedInBlock.Length];
        var chosenBy = new int[n];
        Array.Fill(chosenBy, -1);

        var founders = Math.Min(k + 1, n);
        for (var i = 0; i < founders; i++)
        {
            var node = order[i];
            var f = 0;
            for (var j = 0; j < founders; j++)
            {
                if (j == i) continue;
                if (f < k) friends[friendStart[node] + f++] = order[j];
                edges.Add(order[j], node);
            }

            joinedInBlock[blockOf[node]][joinedCount[blockOf[node]]++] = node;
        }

        for (var i = founders; i < n; i++)
        {
            var node = order[i];
            var block = blockOf[node];
            // A block with fewer joined accounts than k cannot always give one not yet chosen: after 8k misses, anyone.
            int PickAtRandom(int misses)
            {
                return joinedCount[block] > 0 && misses < 8 * k && random.NextDouble() < homophily
                    ? joinedInBlock[block][random.Next(joinedCount[block])]
                    : order[random.Next(i)];
            }

            var row = friends.AsSpan((int)friendStart[node], followsOf[node]);
            var first = PickAtRandom(0);
            row[0] = first;
            chosenBy[first] = i;
            var firstFriends = friends.AsSpan((int)friendStart[first], followsOf[first]);
            for (var f = 1; f < row.Length; f++)
            {
                var pick = -1;
                if (random.NextDouble() < friendOfFriend)
                {
                    for (var attempt = 0; attempt < firstFriends.Length && pick < 0; attempt++)
                    {
                        var candidate = firstFriends[random.Next(firstFriends.Length)];
                        if (chosenBy[candidate] != i && candidate != node) pick = candidate;
                    }
                }

                for (var misses = 0; pick < 0; misses++)
                {
                    var candidate = PickAtRandom(misses);
                    if (chosenBy[candidate] != i) pick = candidate;
                }

                chosenBy[pick] = i;
                row[f] = pick;
            }

            foreach (var followed in row) edges.Add(followed, node);
            joinedInBlock[block][joinedCount[block]++] = node;
        }
    }

    private static int[] BlockOfNode(ReadOnlySpan<int> blockStarts)
    {
        var blockOf = new int[blockStarts[^1]];
        for (var b = 0; b + 1 < blockStarts.Length; b++) Array.Fill(blockOf, b, blockStarts[b], blockStarts[b + 1] - blockStarts[b]);
        return blockOf;
    }
}
