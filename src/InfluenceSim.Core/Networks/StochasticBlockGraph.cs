using InfluenceSim.Memory;
using InfluenceSim.Parallelism;
using InfluenceSim.Randomness;

namespace InfluenceSim.Networks;

/// <summary>
/// The directed stochastic block model (Erdos-Renyi is its one-block case), generated in parallel with the same
/// result on any number of threads. Every (follower, followed) pair is an independent draw, so the graph can be drawn
/// row by row, followed node by followed node: each fixed chunk of rows draws from its own stream (the network's seed
/// and the chunk's number) straight into its own stretch of the targets array, sized from the expected degrees, and
/// the stretches are then closed up from the left. Rows come out sorted; nothing is transposed, and the big array is
/// written once (only if a chunk spilled past its stretch early on, which six standard deviations of room make rare,
/// is a new array made).
/// </summary>
internal static class StochasticBlockGraph
{
    /// <summary>Rows per chunk: the unit of work and of randomness, the same whatever the thread count.</summary>
    public const int RowsPerChunk = 1 << 14;

    /// <summary>
    /// A follower in block a follows each node of block b (not itself) independently with probability
    /// avg x M[a,b] / |b|. Row v of the result lists v's followers. Candidates are skipped geometrically, so the cost is
    /// that of the edges made.
    /// </summary>
    /// <param name="mixing">Row-normalised weights with which a follower in block a follows block b.</param>
    /// <param name="blockStarts">Block b holds nodes blockStarts[b]..blockStarts[b+1]-1; the last entry is n.</param>
    /// <param name="avgFollows">Mean follows per follower.</param>
    /// <param name="seed">The network's seed; chunk c draws from a stream derived from it and c.</param>
    /// <param name="workers">Threads the drawing may use.</param>
    /// <param name="room">Standard deviations of room above each chunk's expected edges (only tests change it, to reach the spill paths).</param>
    public static CsrGraph Build(double[,] mixing, ReadOnlySpan<int> blockStarts, double avgFollows, ulong seed, Workers workers, double room = 6)
    {
        var starts = blockStarts.ToArray();
        var nodes = starts[^1];
        var probabilities = FollowProbabilities(mixing, starts, avgFollows);
        var chunkCount = (nodes + RowsPerChunk - 1) / RowsPerChunk;
        var stretchStarts = new long[chunkCount + 1];
        for (var c = 0; c < chunkCount; c++) stretchStarts[c + 1] = stretchStarts[c] + StretchFor(probabilities, starts, c, room);
        var targets = LargeArrays.Allocate<int>(checked((int)Math.Min(Array.MaxLength, stretchStarts[^1])));
        var chunks = new ChunkRows[chunkCount];
        workers.For("network rows", chunkCount, c =>
        {
            var stretch = targets.AsSpan((int)stretchStarts[c], (int)(Math.Min(targets.Length, stretchStarts[c + 1]) - stretchStarts[c]));
            chunks[c] = Draw(probabilities, starts, c, SimRandom.DeriveSeed(seed, (ulong)c), stretch);
        });

        var chunkEdgeStarts = new int[chunkCount + 1];
        var closesUpInPlace = true;
        for (var c = 0; c < chunkCount; c++)
        {
            closesUpInPlace &= chunkEdgeStarts[c] <= stretchStarts[c];
            chunkEdgeStarts[c + 1] = checked(chunkEdgeStarts[c] + chunks[c].Edges);
        }

        var offsets = LargeArrays.Allocate<int>(nodes + 1);
        workers.For("network offsets", chunkCount, c =>
        {
            var row = c * RowsPerChunk;
            var offset = chunkEdgeStarts[c];
            foreach (var degree in chunks[c].Degrees) offsets[++row] = offset += degree;
        });

        var edges = closesUpInPlace && offsets[nodes] <= targets.Length ? targets : LargeArrays.Allocate<int>(offsets[nodes]);
        for (var c = 0; c < chunkCount; c++)
        {
            var chunkStart = offsets[c * RowsPerChunk];
            var drawn = offsets[Math.Min(nodes, (c + 1) * RowsPerChunk)] - chunkStart;
            var inStretch = Math.Min(drawn, (int)(stretchStarts[c + 1] - stretchStarts[c]));
            targets.AsSpan((int)stretchStarts[c], inStretch).CopyTo(edges.AsSpan(chunkStart));
            chunks[c].Overflow.AsSpan(0, drawn - inStretch).CopyTo(edges.AsSpan(chunkStart + inStretch));
        }

        return new CsrGraph(offsets, edges);
    }

    /// <summary>
    /// The bytes of a graph of about this many edges: what it keeps (offsets, and targets with their room of six
    /// standard deviations a chunk), and what drawing it takes on top (each chunk's row degrees).
    /// </summary>
    public static (long Kept, long WhileBuilding) MemoryOf(long nodes, double edges)
    {
        var chunks = (nodes + RowsPerChunk - 1) / RowsPerChunk;
        var room = chunks * (6 * Math.Sqrt(edges / Math.Max(1, chunks)) + 64);
        return (4 * (nodes + 1) + 4 * (long)(edges + room), 4 * nodes);
    }

    /// <summary>Per pair of blocks (follower's, followed's), the probability that one follows the other.</summary>
    private static double[,] FollowProbabilities(double[,] mixing, int[] blockStarts, double avgFollows)
    {
        var blocks = blockStarts.Length - 1;
        var probabilities = new double[blocks, blocks];
        for (var a = 0; a < blocks; a++)
        {
            for (var b = 0; b < blocks; b++)
            {
                var candidates = blockStarts[b + 1] - blockStarts[b] - (a == b ? 1 : 0);
                probabilities[a, b] = candidates <= 0 || mixing[a, b] <= 0 ? 0 : Math.Min(1.0, avgFollows * mixing[a, b] / candidates);
            }
        }

        return probabilities;
    }

    /// <summary>Room for a chunk's rows: their expected edges plus six standard deviations and a little, so that spilling over is rare.</summary>
    private static long StretchFor(double[,] probabilities, int[] blockStarts, int chunk, double room)
    {
        var blocks = blockStarts.Length - 1;
        var first = chunk * RowsPerChunk;
        var last = (int)Math.Min(blockStarts[^1], (long)first + RowsPerChunk);
        double mean = 0;
        double variance = 0;
        for (var b = 0; b < blocks; b++)
        {
            var rows = Math.Max(0, Math.Min(last, blockStarts[b + 1]) - Math.Max(first, blockStarts[b]));
            for (var a = 0; a < blocks; a++)
            {
                var p = probabilities[a, b];
                var pairs = (double)rows * (blockStarts[a + 1] - blockStarts[a] - (a == b ? 1 : 0));
                mean += pairs * p;
                variance += pairs * p * (1 - p);
            }
        }

        return Math.Max(0, (long)Math.Ceiling(mean + room * Math.Sqrt(variance)) + 64);
    }

    /// <summary>
    /// The rows of one chunk: for each followed node v in order, its followers u, block by block, in ascending order,
    /// written into the chunk's stretch and, past its end, into an overflow array.
    /// </summary>
    private static ChunkRows Draw(double[,] probabilities, int[] blockStarts, int chunk, ulong seed, Span<int> stretch)
    {
        var random = new SimRandom(seed);
        var blocks = blockStarts.Length - 1;
        var skips = new GeometricSkip[blocks];
        var first = chunk * RowsPerChunk;
        var last = (int)Math.Min(blockStarts[^1], (long)first + RowsPerChunk);
        var degrees = new int[last - first];
        int[] overflow = [];
        var count = 0;
        var block = -1;
        for (var v = first; v < last; v++)
        {
            if (block < 0 || v >= blockStarts[block + 1])
            {
                while (v >= blockStarts[block + 1]) block++;
                for (var a = 0; a < blocks; a++) skips[a] = new GeometricSkip(probabilities[a, block]);
            }

            var before = count;
            for (var a = 0; a < blocks; a++)
            {
                var candidates = blockStarts[a + 1] - blockStarts[a] - (a == block ? 1 : 0);
                for (long position = skips[a].Next(random); position < candidates; position += 1L + skips[a].Next(random))
                {
                    var u = blockStarts[a] + (int)position;
                    if (a == block && u >= v) u++;
                    if (count < stretch.Length)
                    {
                        stretch[count++] = u;
                        continue;
                    }

                    if (count - stretch.Length == overflow.Length) Array.Resize(ref overflow, Math.Max(1024, 2 * overflow.Length));
                    overflow[count++ - stretch.Length] = u;
                }
            }

            degrees[v - first] = count - before;
        }

        return new ChunkRows(degrees, overflow, count);
    }

    /// <summary>One chunk's rows: the degree of each, the targets that did not fit in its stretch, and its edges in all.</summary>
    private readonly record struct ChunkRows(int[] Degrees, int[] Overflow, int Edges);
}
