namespace InfluenceSim.Cascades;

/// <summary>
/// The shape of one cascade tree from its nodes' parents, in an order where every parent comes before its children
/// (post order by id does). Work and scratch memory are linear in the tree's size.
/// </summary>
public static class CascadeTree
{
    /// <summary>Depth, maximum breadth and structural virality of a tree.</summary>
    /// <param name="parents">Per node, the index of its parent among these nodes; -1 for the root, which is node 0.</param>
    /// <param name="scratch">At least as long as the tree; overwritten.</param>
    public static (int Depth, int MaxBreadth, double StructuralVirality) Shape(ReadOnlySpan<int> parents, Span<int> scratch)
    {
        var n = parents.Length;
        if (n == 0) throw new ArgumentException("a tree has at least its root", nameof(parents));
        if (parents[0] != -1) throw new ArgumentException("node 0 must be the root", nameof(parents));
        var depthOf = scratch[..n];
        var depth = 0;
        depthOf[0] = 0;
        for (var i = 1; i < n; i++)
        {
            var parent = parents[i];
            if (parent < 0 || parent >= i) throw new ArgumentException($"node {i}'s parent {parent} does not come before it", nameof(parents));
            depthOf[i] = depthOf[parent] + 1;
            depth = Math.Max(depth, depthOf[i]);
        }

        return (depth, MaxBreadth(depthOf, depth), StructuralVirality(parents, scratch));
    }

    /// <summary>
    /// The mean distance between all pairs of nodes: the Wiener index W over n(n - 1) / 2 pairs, where W is the sum
    /// over edges of (nodes below the edge) x (nodes above it), since each pair's path crosses exactly its edges.
    /// </summary>
    private static double StructuralVirality(ReadOnlySpan<int> parents, Span<int> scratch)
    {
        var n = parents.Length;
        if (n < 2) return 0;
        var below = scratch[..n];
        below.Fill(1);
        double wiener = 0;
        for (var i = n - 1; i > 0; i--)
        {
            wiener += (double)below[i] * (n - below[i]);
            below[parents[i]] += below[i];
        }

        return 2 * wiener / ((double)n * (n - 1));
    }

    private static int MaxBreadth(Span<int> depthOf, int depth)
    {
        Span<int> counts = depth < 256 ? stackalloc int[depth + 1] : new int[depth + 1];
        counts.Clear();
        var widest = 0;
        foreach (var d in depthOf) widest = Math.Max(widest, ++counts[d]);
        return widest;
    }
}
