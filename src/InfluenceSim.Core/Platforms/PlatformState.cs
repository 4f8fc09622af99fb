using InfluenceSim.Networks;

namespace InfluenceSim.Platforms;

/// <summary>
/// One platform in a replicate: its accounts (audience members first, in agent order, then actor accounts),
/// who follows whom, and the feeds.
/// </summary>
public sealed class PlatformState
{
    public PlatformState(int[] members, int audienceMembers, int[] localIndex, CsrGraph followers, FeedStore feeds)
    {
        Members = members;
        AudienceMembers = audienceMembers;
        LocalIndex = localIndex;
        Followers = followers;
        Feeds = feeds;
    }

    /// <summary>Global account id of each local account.</summary>
    public int[] Members { get; }

    /// <summary>Local accounts 0..AudienceMembers-1 are audience agents; the rest are actor accounts.</summary>
    public int AudienceMembers { get; }

    /// <summary>Local account of each global account id, -1 when it is not on the platform.</summary>
    public int[] LocalIndex { get; }

    /// <summary>Row v: the local accounts that receive v's posts.</summary>
    public CsrGraph Followers { get; }

    public FeedStore Feeds { get; }
}
