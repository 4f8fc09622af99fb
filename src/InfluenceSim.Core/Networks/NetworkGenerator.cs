using InfluenceSim.Parallelism;
using InfluenceSim.Randomness;

namespace InfluenceSim.Networks;

/// <summary>
/// Generates the follow network among the audience accounts of one platform. Nodes are numbered 0..n-1 and
/// grouped in contiguous blocks (the segments); v's row in the built graph lists v's followers: who receives
/// v's posts.
/// </summary>
public static class NetworkGenerator
{
    /// <summary>Generates the network and builds the graph; Erdos-Renyi and sbm on up to <paramref name="workers"/> threads, with the same result on any number.</summary>
    /// <param name="spec">The network model and its parameters.</param>
    /// <param name="blockStarts">Block b holds nodes blockStarts[b]..blockStarts[b+1]-1; the last entry is n.</param>
    /// <param name="blockIds">The segment id of each block, for sbm mixing matrices.</param>
    /// <param name="seed">The seed of this network's randomness.</param>
    /// <param name="workers">Threads the generation may use.</param>
    public static CsrGraph Build(NetworkParameters spec, ReadOnlySpan<int> blockStarts, IReadOnlyList<string> blockIds, ulong seed, Workers workers = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var n = blockStarts[^1];
        if (n < 2 || spec.AvgFollows <= 0) return new EdgeBuffer().Build(n);
        switch (spec.Model)
        {
            case NetworkModels.ErdosRenyi:
                return StochasticBlockGraph.Build(new double[,] { { 1.0 } }, [0, n], spec.AvgFollows, seed, workers);
            case NetworkModels.Sbm:
                return StochasticBlockGraph.Build(MixingMatrix(spec, blockStarts, blockIds), blockStarts, spec.AvgFollows, seed, workers);
        }

        var edges = new EdgeBuffer((int)Math.Min(Array.MaxLength, (long)(n * spec.AvgFollows * EdgeBuffer.CapacityFactor) + 1024));
        var random = new SimRandom(seed);
        switch (spec.Model)
        {
            case NetworkModels.BarabasiAlbert:
                BarabasiAlbert(n, Math.Max(1, (int)Math.Round(spec.AvgFollows / 2)), random, edges);
                break;
            case NetworkModels.WattsStrogatz:
                WattsStrogatz(n, Math.Max(1, (int)Math.Round(spec.AvgFollows / 2)), spec.Rewire, random, edges);
                break;
            case NetworkModels.RandomWalk:
                RandomWalkGrowth.Generate(blockStarts, Math.Max(1, (int)Math.Round(spec.AvgFollows)), spec.FriendOfFriend, spec.Homophily, random, edges, spec.FollowsSpread);
                break;
            default:
                throw new ArgumentException($"'{spec.Model}' is not a generated network model", nameof(spec));
        }

        return edges.Build(n);
    }

    /// <summary>
    /// Row-normalised weights with which a follower in block a picks a followed account in block b. From
    /// homophily h: h to its own block, the rest shared by the other blocks in proportion to their size.
    /// </summary>
    public static double[,] MixingMatrix(NetworkParameters spec, ReadOnlySpan<int> blockStarts, IReadOnlyList<string> blockIds)
    {
        var blocks = blockStarts.Length - 1;
        var n = blockStarts[^1];
        var matrix = new double[blocks, blocks];
        for (var a = 0; a < blocks; a++)
        {
            var sizeA = blockStarts[a + 1] - blockStarts[a];
            double rowSum = 0;
            for (var b = 0; b < blocks; b++)
            {
                var sizeB = blockStarts[b + 1] - blockStarts[b];
                double weight;
                if (spec.Mixing is not null)
                {
                    weight = spec.Mixing.TryGetValue(blockIds[a], out var row) && row.TryGetValue(blockIds[b], out var w) ? w : 0;
                }
                else if (n == sizeA)
                {
                    weight = a == b ? 1 : 0;
                }
                else
                {
                    weight = a == b ? spec.Homophily : (1 - spec.Homophily) * sizeB / (n - sizeA);
                }

                matrix[a, b] = sizeB == 0 ? 0 : weight;
                rowSum += matrix[a, b];
            }

            for (var b = 0; b < blocks && rowSum > 0; b++) matrix[a, b] /= rowSum;
        }

        return matrix;
    }

    /// <summary>Preferential attachment (Barabasi and Albert 1999), each new node linking to m others, as mutual follows.</summary>
    private static void BarabasiAlbert(int n, int m, SimRandom random, EdgeBuffer edges)
    {
        m = Math.Min(m, n - 1);
        var order = Permutation(n, random);
        var endpoints = new int[2L * m * n > Array.MaxLength ? Array.MaxLength : 2 * m * n];
        var count = 0;
        for (var i = 0; i <= m; i++)
        {
            for (var j = 0; j < i; j++)
            {
                edges.AddMutual(order[i], order[j]);
                endpoints[count++] = order[i];
                endpoints[count++] = order[j];
            }
        }

        Span<int> chosen = m <= 256 ? stackalloc int[m] : new int[m];
        for (var i = m + 1; i < n; i++)
        {
            var picked = 0;
            while (picked < m)
            {
                var candidate = endpoints[random.Next(count)];
                if (chosen[..picked].Contains(candidate)) continue;
                chosen[picked++] = candidate;
            }

            foreach (var target in chosen)
            {
                edges.AddMutual(order[i], target);
                endpoints[count++] = order[i];
                endpoints[count++] = target;
            }
        }
    }

    /// <summary>Small world (Watts and Strogatz 1998): a ring where each node links to k neighbours on each side, each link rewired with probability beta.</summary>
    private static void WattsStrogatz(int n, int halfDegree, double rewire, SimRandom random, EdgeBuffer edges)
    {
        halfDegree = Math.Min(halfDegree, (n - 1) / 2);
        var order = Permutation(n, random);
        for (var i = 0; i < n; i++)
        {
            for (var j = 1; j <= halfDegree; j++)
            {
                var target = order[(i + j) % n];
                if (random.Bernoulli(rewire))
                {
                    do
                    {
                        target = random.Next(n);
                    }
                    while (target == order[i]);
                }

                edges.AddMutual(order[i], target);
            }
        }
    }

    private static int[] Permutation(int n, SimRandom random)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        random.Shuffle(order);
        return order;
    }
}
