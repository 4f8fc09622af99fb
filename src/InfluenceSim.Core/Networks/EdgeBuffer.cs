namespace InfluenceSim.Networks;

/// <summary>
/// Collects directed edges (source, target) while a network is generated, then builds the CSR graph in the
/// usual passes: count, prefix-sum, fill, sort and remove duplicates and self-loops.
/// </summary>
public sealed class EdgeBuffer
{
    private int[] _sources;
    private int[] _targets;

    public EdgeBuffer(int capacity = 1024)
    {
        _sources = new int[Math.Max(capacity, 16)];
        _targets = new int[Math.Max(capacity, 16)];
    }

    public int Count { get; private set; }

    /// <summary>The room a generator leaves above the expected number of edges, so the buffer rarely grows.</summary>
    public const double CapacityFactor = 1.1;

    /// <summary>
    /// The bytes of a graph of about this many edges built from a buffer sized for them: what the graph keeps, and
    /// what building it takes on top (the buffer of sources and targets, and the targets before they are sorted).
    /// </summary>
    public static (long Kept, long WhileBuilding) MemoryOf(long nodes, double edges)
    {
        var kept = 4 * (nodes + 1) + 4 * (long)edges;
        return (kept, 8 * (long)(edges * CapacityFactor + 1024) + 4 * (long)edges);
    }

    public void Add(int source, int target)
    {
        if (Count == _sources.Length)
        {
            var grown = (int)Math.Min(Array.MaxLength, 2L * _sources.Length);
            Array.Resize(ref _sources, grown);
            Array.Resize(ref _targets, grown);
        }

        _sources[Count] = source;
        _targets[Count] = target;
        Count++;
    }

    /// <summary>Adds the edge both ways (a mutual follow).</summary>
    public void AddMutual(int a, int b)
    {
        Add(a, b);
        Add(b, a);
    }

    public CsrGraph Build(int nodeCount)
    {
        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < Count; i++)
        {
            offsets[_sources[i] + 1]++;
        }

        for (var v = 0; v < nodeCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var targets = new int[Count];
        var cursor = offsets[..^1];
        for (var i = 0; i < Count; i++)
        {
            targets[cursor[_sources[i]]++] = _targets[i];
        }

        return Compact(offsets, targets, nodeCount);
    }

    private static CsrGraph Compact(int[] offsets, int[] targets, int nodeCount)
    {
        var write = 0;
        var start = 0;
        for (var v = 0; v < nodeCount; v++)
        {
            var end = offsets[v + 1];
            var row = targets.AsSpan(start, end - start);
            row.Sort();
            offsets[v] = write;
            var previous = -1;
            foreach (var target in row)
            {
                if (target == v || target == previous) continue;
                targets[write++] = target;
                previous = target;
            }

            start = end;
        }

        offsets[nodeCount] = write;
        return new CsrGraph(offsets, targets);
    }
}
