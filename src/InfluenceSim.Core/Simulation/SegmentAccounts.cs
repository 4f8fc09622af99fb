namespace InfluenceSim.Simulation;

/// <summary>
/// The local accounts of some segments on a platform, segment after segment in ascending order, numbered from 0
/// without listing them: each segment's accounts are one contiguous block, so the i-th is found among a few ranges.
/// </summary>
internal sealed class SegmentAccounts
{
    private readonly int[] _blockStart;
    private readonly int[] _firstIndex;

    /// <param name="segments">The segments, in any order.</param>
    /// <param name="blockStarts">Segment s holds local accounts blockStarts[s]..blockStarts[s+1]-1.</param>
    public SegmentAccounts(IEnumerable<int> segments, int[] blockStarts)
    {
        var ordered = segments.Order().ToArray();
        _blockStart = new int[ordered.Length];
        _firstIndex = new int[ordered.Length + 1];
        for (var r = 0; r < ordered.Length; r++)
        {
            _blockStart[r] = blockStarts[ordered[r]];
            _firstIndex[r + 1] = _firstIndex[r] + blockStarts[ordered[r] + 1] - blockStarts[ordered[r]];
        }
    }

    public int Count => _firstIndex[^1];

    public int this[int index]
    {
        get
        {
            var range = 0;
            while (index >= _firstIndex[range + 1]) range++;
            return _blockStart[range] + index - _firstIndex[range];
        }
    }

    public int[] ToArray()
    {
        var accounts = new int[Count];
        for (var i = 0; i < accounts.Length; i++) accounts[i] = this[i];
        return accounts;
    }
}
