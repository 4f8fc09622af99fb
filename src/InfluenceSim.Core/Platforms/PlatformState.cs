using InfluenceSim.Networks;

namespace InfluenceSim.Platforms;

/// <summary>
/// One platform in a replicate: its audience accounts (in agent order), who follows whom among them, the
/// actor accounts' followers, and the feeds.
/// </summary>
public sealed class PlatformState
{
    private readonly int[]?[] _actorFollowers;
    private readonly int[] _actorFollowerCount;

    public PlatformState(int[] members, int[] localIndex, CsrGraph followers, int[]?[] actorFollowers, FeedStore feeds)
    {
        Members = members;
        LocalIndex = localIndex;
        Followers = followers;
        _actorFollowers = actorFollowers;
        _actorFollowerCount = actorFollowers.Select(f => f?.Length ?? 0).ToArray();
        Feeds = feeds;
    }

    /// <summary>Agent id of each local audience account.</summary>
    public int[] Members { get; }

    /// <summary>Local account of each agent, -1 when the agent is not on the platform.</summary>
    public int[] LocalIndex { get; }

    /// <summary>Row v: the local audience accounts that receive what local account v posts.</summary>
    public CsrGraph Followers { get; }

    public FeedStore Feeds { get; }

    public bool HasActorAccount(int actorAccount) => _actorFollowers[actorAccount] is not null;

    /// <summary>The local audience accounts following an actor account (by its index among all actor accounts).</summary>
    public ReadOnlySpan<int> ActorFollowers(int actorAccount) =>
        _actorFollowers[actorAccount] is { } followers ? followers.AsSpan(0, _actorFollowerCount[actorAccount]) : [];

    /// <summary>Keeps a random share of an actor account's followers: what a re-created account starts with.</summary>
    public void RetainActorFollowers(int actorAccount, double share, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (_actorFollowers[actorAccount] is not { } followers) return;
        var kept = (int)Math.Round(_actorFollowerCount[actorAccount] * share);
        var span = followers.AsSpan(0, _actorFollowerCount[actorAccount]);
        for (var i = 0; i < kept; i++)
        {
            var j = random.Next(i, span.Length);
            (span[i], span[j]) = (span[j], span[i]);
        }

        span[..kept].Sort();
        _actorFollowerCount[actorAccount] = kept;
    }

    public long FollowEdgeCount => Followers.EdgeCount + _actorFollowerCount.Sum(c => (long)c);
}
