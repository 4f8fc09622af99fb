namespace InfluenceSim.Platforms;

/// <summary>
/// For bridging feeds: per cascade (by its original's post id), the segments whose members have reshared it, as bits
/// (the first 64 segments). Kept beside the posts, and only by worlds that may rank by bridging, so that a post
/// does not carry it.
/// </summary>
public sealed class CascadeSegments
{
    private ulong[] _masks = new ulong[1024];

    /// <summary>Bit s set once an audience agent of segment s has reshared the cascade.</summary>
    public ulong Of(int root) => root < _masks.Length ? _masks[root] : 0;

    public void Add(int root, int segment)
    {
        if (segment >= 64) return;
        if (root >= _masks.Length) Array.Resize(ref _masks, Math.Max(2 * _masks.Length, root + 1));
        _masks[root] |= 1UL << segment;
    }
}
