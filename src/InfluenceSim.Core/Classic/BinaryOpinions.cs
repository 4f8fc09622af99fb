using InfluenceSim.Metrics;

namespace InfluenceSim.Classic;

/// <summary>
/// Each node's opinion, 0 or 1, for the binary opinion models (majority rule, Sznajd, q-voter), with the count of
/// ones kept as opinions change, per segment in the replicate's counters (the mean opinion).
/// </summary>
internal sealed class BinaryOpinions
{
    private readonly byte[] _opinions;
    private readonly int[]? _segmentOf;
    private readonly Counter _ones;

    /// <param name="initial">Each node's opinion at the start, 0 or 1.</param>
    /// <param name="counting">Where to keep the ones per segment, if anywhere.</param>
    public BinaryOpinions(IReadOnlyList<double> initial, NodeCounting? counting)
    {
        _opinions = new byte[initial.Count];
        if (counting is not null)
        {
            _segmentOf = counting.SegmentOfNode;
            _ones = counting.Counters.For(MetricCatalogue.OpinionMean);
        }

        for (var node = 0; node < _opinions.Length; node++) Set(node, initial[node] >= 0.5 ? (byte)1 : (byte)0);
    }

    public int Count => _opinions.Length;

    /// <summary>Nodes holding opinion 1.</summary>
    public int Ones { get; private set; }

    /// <summary>All nodes hold the same opinion.</summary>
    public bool IsConsensus => Ones == 0 || Ones == _opinions.Length;

    public byte this[int node] => _opinions[node];

    public void Set(int node, byte opinion)
    {
        var change = opinion - _opinions[node];
        if (change == 0) return;
        _opinions[node] = opinion;
        Ones += change;
        if (_segmentOf is not null) _ones.Add(change, segment: _segmentOf[node]);
    }
}
