using System.Diagnostics;
using InfluenceSim.Randomness;

namespace InfluenceSim.Networks;

/// <summary>
/// How fast this machine reads a graph's rows in random order: every row once, in a shuffled order, each edge's target
/// summed. Graph processes on large graphs are bound by these reads, so a run's time divided by this rate's reciprocal
/// (the edge reads it is worth) is a figure that compares across machines.
/// </summary>
public static class RandomRowReads
{
    /// <summary>The best of a few passes, in edges read per second, with the checksum of the targets read (so the reads cannot be elided).</summary>
    public static (double EdgesPerSecond, long TargetSum) Measure(CsrGraph graph, ulong seed, int passes = 3)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var order = new int[graph.NodeCount];
        for (var node = 0; node < order.Length; node++) order[node] = node;
        new SimRandom(seed).Shuffle(order);
        var best = 0.0;
        long sum = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            sum = 0;
            foreach (var node in order)
            {
                foreach (var target in graph.Neighbours(node)) sum += target;
            }

            best = Math.Max(best, graph.EdgeCount / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
        }

        return (best, sum);
    }
}
