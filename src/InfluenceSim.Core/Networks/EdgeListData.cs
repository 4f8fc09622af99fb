namespace InfluenceSim.Networks;

/// <summary>Follow edges read from an edge list file, by audience agent id.</summary>
/// <param name="Followers">The following agent of each edge.</param>
/// <param name="Followed">The followed agent of each edge.</param>
/// <param name="Platforms">The platform id of each edge, or null for an edge on every platform both agents use.</param>
public sealed record EdgeListData(int[] Followers, int[] Followed, string?[] Platforms)
{
    public int Count => Followers.Length;
}
