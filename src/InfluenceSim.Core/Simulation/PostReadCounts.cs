using InfluenceSim.Memory;

namespace InfluenceSim.Simulation;

/// <summary>
/// One session thread's reads of each post, in arrays indexed by post. A post's impressions and exposures are the sums
/// over the threads: whole numbers, so the same whichever thread read what. No thread writes into another's memory or
/// into the posts, and nothing is left to add up after the sessions.
/// </summary>
internal sealed class PostReadCounts
{
    private int[] _impressions = [];
    private int[] _exposures = [];

    /// <summary>Makes room for posts 0..posts-1: those that exist when the sessions start, the only ones they can read.</summary>
    public void MakeRoomFor(int posts)
    {
        if (posts <= _impressions.Length) return;
        var room = (int)Math.Min(Array.MaxLength, Math.Max(Math.Max(posts, 1024), 2L * _impressions.Length));
        LargeArrays.Grow(ref _impressions, room);
        LargeArrays.Grow(ref _exposures, room);
    }

    public void Count(int post, bool understood)
    {
        _impressions[post]++;
        if (understood) _exposures[post]++;
    }

    public int Impressions(int post) => post < _impressions.Length ? _impressions[post] : 0;

    public int Exposures(int post) => post < _exposures.Length ? _exposures[post] : 0;
}
