using InfluenceSim.Randomness;

namespace InfluenceSim.Networks;

/// <summary>
/// The directed stochastic block model (Erdos-Renyi is its one-block case), generated in parallel with the same
/// result on any number of threads: followers are cut into fixed chunks, each drawing whom its followers follow from
/// its own stream (the network's seed and the chunk's number); the rows of followers are then filled by atomic
/// cursors and sorted, so their order does not depend on which thread wrote first.
/// </summary>
internal static class StochasticBlockGraph
{
    /// <summary>Followers per chunk: the unit of work and of randomness, the same whatever the thread count.</summary>
    public const int FollowersPerChunk = 1 << 14;

    /// <summary>
    /// Follower u in block a follows each node of block b independently with probability avg x M[a,b] / |b| (not
    /// itself). Candidates are skipped geometrically, so the cost is that of the edges made. Row v of the result lists
    /// v's followers.
    /// </summary>
    public static CsrGraph Build(double[,] mixing, ReadOnlySpan<int> blockStarts, double avgFollows, ulong seed, int threads)
    {
        var starts = blockStarts.ToArray();
        var nodes = starts[^1];
        var chunks = (nodes + FollowersPerChunk - 1) / FollowersPerChunk;
        var followed = new ChunkFollows[chunks];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, chunks, options, c => followed[c] = Draw(mixing, starts, avgFollows, c, SimRandom.DeriveSeed(seed, (ulong)c)));

        var offsets = new int[nodes + 1];
        Parallel.For(0, chunks, options, c =>
        {
            var list = followed[c];
            for (var i = 0; i < list.Count; i++) Interlocked.Increment(ref offsets[list.Followed[i] + 1]);
        });
        for (var v = 0; v < nodes; v++) offsets[v + 1] = checked(offsets[v + 1] + offsets[v]);

        var targets = new int[offsets[nodes]];
        var cursors = offsets[..^1];
        Parallel.For(0, chunks, options, c =>
        {
            var list = followed[c];
            var i = 0;
            for (var u = c * FollowersPerChunk; u < Math.Min(nodes, (c + 1) * FollowersPerChunk); u++)
            {
                for (var end = i + list.PerFollower[u - c * FollowersPerChunk]; i < end; i++)
                {
                    targets[Interlocked.Increment(ref cursors[list.Followed[i]]) - 1] = u;
                }
            }

            followed[c] = default;
        });
        Parallel.For(0, chunks, options, c =>
        {
            for (var v = c * FollowersPerChunk; v < Math.Min(nodes, (c + 1) * FollowersPerChunk); v++)
            {
                targets.AsSpan(offsets[v], offsets[v + 1] - offsets[v]).Sort();
            }
        });
        return new CsrGraph(offsets, targets);
    }

    private static ChunkFollows Draw(double[,] mixing, int[] blockStarts, double avgFollows, int chunk, ulong seed)
    {
        var random = new SimRandom(seed);
        var blocks = blockStarts.Length - 1;
        var skips = new GeometricSkip[blocks, blocks];
        for (var a = 0; a < blocks; a++)
        {
            for (var b = 0; b < blocks; b++)
            {
                var candidates = blockStarts[b + 1] - blockStarts[b] - (a == b ? 1 : 0);
                skips[a, b] = new GeometricSkip(candidates <= 0 ? 0 : Math.Min(1.0, avgFollows * mixing[a, b] / candidates));
            }
        }

        var first = chunk * FollowersPerChunk;
        var last = Math.Min(blockStarts[^1], first + FollowersPerChunk);
        var perFollower = new int[last - first];
        var followed = new int[(int)Math.Min(Array.MaxLength, (long)(perFollower.Length * avgFollows * 1.1) + 64)];
        var count = 0;
        var block = 0;
        for (var u = first; u < last; u++)
        {
            while (u >= blockStarts[block + 1]) block++;
            var before = count;
            for (var b = 0; b < blocks; b++)
            {
                var size = blockStarts[b + 1] - blockStarts[b];
                var candidates = block == b ? size - 1 : size;
                if (candidates <= 0 || mixing[block, b] <= 0) continue;
                var skip = skips[block, b];
                for (long position = skip.Next(random); position < candidates; position += 1L + skip.Next(random))
                {
                    var v = blockStarts[b] + (int)position;
                    if (block == b && v >= u) v++;
                    if (count == followed.Length) Array.Resize(ref followed, (int)Math.Min(Array.MaxLength, 2L * count));
                    followed[count++] = v;
                }
            }

            perFollower[u - first] = count - before;
        }

        return new ChunkFollows(followed, count, perFollower);
    }

    /// <summary>Whom one chunk's followers follow: per follower in order, how many, and the followed nodes one after another.</summary>
    private readonly record struct ChunkFollows(int[] Followed, int Count, int[] PerFollower);
}
