namespace InfluenceSim.SimSoM;

/// <summary>
/// SimSoM's discriminative power: Kendall's tau between the ranking of all messages by quality and their ranking by
/// human shares, as its measure_kendall_tau ranks them: by quality (ties by message number), then by shares, ties
/// kept in quality order. Two messages with equal shares are therefore concordant, and a pair is discordant when the
/// better one has fewer shares: tau = 1 - 4 D / (M (M - 1)). Messages are kept sorted by quality as they come, and D
/// is counted over that order with a Fenwick tree of share counts, so a measurement costs O(M log S).
/// </summary>
public sealed class DiscriminativePower
{
    private int[] _byQuality = [];
    private int[] _merged = [];
    private long[] _batch = [];
    private long[] _tree = [];
    private int _sorted;

    /// <summary>Bytes each message takes here (the order by quality, and its merge buffer).</summary>
    public const int BytesPerMessage = 8;

    /// <summary>Tau over every message so far (1 with fewer than two).</summary>
    public double Measure(MessageStore messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        AddNewMessages(messages);
        var count = messages.Count;
        if (count < 2) return 1;
        var shares = messages.HumanShares;
        var most = 0;
        foreach (var share in shares) most = Math.Max(most, share);
        if (_tree.Length < most + 2) _tree = new long[Math.Max(most + 2, 2 * _tree.Length)];
        else Array.Clear(_tree, 0, most + 2);

        long discordant = 0;
        for (var seen = 0; seen < count; seen++)
        {
            var share = shares[_byQuality[seen]];
            discordant += seen - AtMost(share);
            Add(share);
        }

        return 1 - 4.0 * discordant / ((double)count * (count - 1));
    }

    private void AddNewMessages(MessageStore messages)
    {
        var count = messages.Count;
        if (count == _sorted) return;
        var quality = messages.Quality;
        if (_byQuality.Length < count)
        {
            var size = (int)Math.Min(Array.MaxLength, Math.Max(count, 2L * _byQuality.Length));
            Array.Resize(ref _byQuality, size);
            _merged = new int[size];
        }

        var fresh = count - _sorted;
        if (_batch.Length < fresh) _batch = new long[Math.Max(fresh, 2 * _batch.Length)];
        var batch = _batch.AsSpan(0, fresh);
        for (var i = 0; i < fresh; i++) batch[i] = Key(quality, _sorted + i);
        batch.Sort();

        int a = 0, b = 0, o = 0;
        while (a < _sorted && b < fresh)
        {
            _merged[o++] = Key(quality, _byQuality[a]) < batch[b] ? _byQuality[a++] : (int)batch[b++];
        }

        while (a < _sorted) _merged[o++] = _byQuality[a++];
        while (b < fresh) _merged[o++] = (int)batch[b++];
        (_byQuality, _merged) = (_merged, _byQuality);
        _sorted = count;
    }

    /// <summary>Orders by quality, then by message number: the bits of a non-negative float sort as it does.</summary>
    private static long Key(ReadOnlySpan<float> quality, int message) =>
        ((long)BitConverter.SingleToInt32Bits(quality[message]) << 32) | (uint)message;

    private void Add(int share)
    {
        for (var i = share + 1; i < _tree.Length; i += i & -i) _tree[i]++;
    }

    private long AtMost(int share)
    {
        long sum = 0;
        for (var i = share + 1; i > 0; i -= i & -i) sum += _tree[i];
        return sum;
    }
}
