using InfluenceSim.Memory;

namespace InfluenceSim.Networks;

/// <summary>
/// An immutable directed graph in compressed sparse rows: the neighbours of node v are
/// <c>Targets[Offsets[v]..Offsets[v + 1]]</c>, sorted and without duplicates or self-loops.
/// In a follow network the rows are "who receives what v posts": v's followers. The targets array may have room
/// past the last edge (a builder that sized it ahead leaves it rather than copy a billion bytes to trim it).
/// </summary>
public sealed class CsrGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;

    internal CsrGraph(int[] offsets, int[] targets)
    {
        _offsets = offsets;
        _targets = targets;
    }

    public int NodeCount => _offsets.Length - 1;

    public int EdgeCount => _offsets[^1];

    public ReadOnlySpan<int> Neighbours(int node) => _targets.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    public int Degree(int node) => _offsets[node + 1] - _offsets[node];

    /// <summary>The index of the node's first edge: its row starts there in the list of all edges' targets.</summary>
    public int FirstEdge(int node) => _offsets[node];

    /// <summary>Starts loading the node's row bounds (<see cref="Degree"/>, <see cref="FirstEdge"/>) into the cache.</summary>
    internal void PrefetchRowBounds(int node) => CacheHints.Prefetch(ref _offsets[node]);

    /// <summary>The target of an edge, by its index in the list of all edges' targets.</summary>
    public int TargetOf(int edge) => _targets[edge];

    public bool HasEdge(int from, int to) => Neighbours(from).BinarySearch(to) >= 0;

    /// <summary>The same edges reversed: row v lists the nodes with an edge to v (whom v listens to, in a follow graph).</summary>
    public CsrGraph Transpose()
    {
        var edges = new EdgeBuffer(Math.Max(16, EdgeCount));
        for (var v = 0; v < NodeCount; v++)
        {
            foreach (var u in Neighbours(v)) edges.Add(u, v);
        }

        return edges.Build(NodeCount);
    }
}
