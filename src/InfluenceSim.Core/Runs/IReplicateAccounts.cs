using InfluenceSim.Networks;

namespace InfluenceSim.Runs;

/// <summary>
/// What observers outside the engine (the live page, bench) may read of a replicate's accounts and follows. Accounts
/// are numbered from 0: the audience (a classic model's nodes) first, then the platform model's actor accounts.
/// </summary>
public interface IReplicateAccounts
{
    /// <summary>Audience agents, or a classic model's nodes: accounts 0 to AudienceCount - 1.</summary>
    int AudienceCount { get; }

    /// <summary>The platform model's actor accounts, numbered after the audience; none in a classic model.</summary>
    int ActorAccountCount { get; }

    /// <summary>Follow edges on every platform (a classic model's network's).</summary>
    long FollowEdgeCount { get; }

    /// <summary>A classic model's one network (row v: the nodes v reaches); null where each platform has its own.</summary>
    CsrGraph? Network { get; }

    /// <summary>Who follows the account, as account ids, over every platform.</summary>
    IEnumerable<int> FollowersOf(int account);

    /// <summary>
    /// An audience account's state, for drawing: in the platform model its belief in the narrative (0 unaware, 1 aware,
    /// 2 believer); in a classic model its node's state (an opinion, for the opinion models).
    /// </summary>
    double StateOf(int account, int narrative);

    /// <summary>An account's kind ("audience", or its actor group's kind), its group, and the sponsor it speaks for.</summary>
    (string Kind, string Group, string? Sponsor) Describe(int account);

    /// <summary>The account is an actor account that moderation has down (banned and not back) on some platform.</summary>
    bool IsDown(int account);
}
