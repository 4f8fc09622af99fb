using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Classic;

/// <summary>
/// The out-edges of a set of nodes on which an independent Bernoulli(p) draw succeeds, found by geometric skips over
/// the nodes' rows laid end to end: one draw per success, plus one, whatever the degrees. The targets are read in a
/// pass of their own, after all draws, so that their cache misses overlap instead of each waiting on the branch that
/// depends on the one before (which made reading them row by row three times slower). The sources are scattered,
/// so each one's row bounds are loaded a few sources ahead.
/// </summary>
internal sealed class SuccessfulEdges
{
    private const int RowBoundsAhead = 16;

    private int[] _found = new int[1024];

    /// <summary>The targets of the successful edges, in the order of the sources and, within a row, of the edges.</summary>
    public ReadOnlySpan<int> Draw(CsrGraph graph, ReadOnlySpan<int> sources, GeometricSkip skip, SimRandom random)
    {
        var count = 0;
        long rowStart = 0;
        long position = skip.Next(random);
        for (var i = 0; i < sources.Length; i++)
        {
            if (i + RowBoundsAhead < sources.Length) graph.PrefetchRowBounds(sources[i + RowBoundsAhead]);
            var source = sources[i];
            long rowEnd = rowStart + graph.Degree(source);
            if (position < rowEnd)
            {
                var firstEdge = graph.FirstEdge(source);
                do
                {
                    if (count == _found.Length) Array.Resize(ref _found, 2 * count);
                    _found[count++] = firstEdge + (int)(position - rowStart);
                    position += 1L + skip.Next(random);
                }
                while (position < rowEnd);
            }

            rowStart = rowEnd;
        }

        for (var i = 0; i < count; i++) _found[i] = graph.TargetOf(_found[i]);
        return _found.AsSpan(0, count);
    }
}
