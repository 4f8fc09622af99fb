namespace InfluenceSim.Platforms;

/// <summary>
/// One post or reshare. <see cref="Root"/> is the original post of a cascade (the post itself for an original),
/// so that cascades can be traced and engagement counted on the original.
/// </summary>
public struct Post
{
    /// <summary>Global account id of the author: audience agents first, then actor accounts.</summary>
    public int Author;
    public int Root;
    /// <summary>The post this one reshares (its direct cascade parent), or -1 for an original.</summary>
    public int Parent;
    public int Step;
    /// <summary>Reshares of the cascade (kept on its original).</summary>
    public int Shares;
    /// <summary>Reshares of the cascade during <see cref="RecentStep"/>, for the circuit breaker (kept on its original).</summary>
    public int RecentShares;
    public int RecentStep;
    public short Narrative;
    public byte Platform;
    public byte Language;
    /// <summary>Moderation of the cascade (kept on its original).</summary>
    public PostStatus Status;

    public readonly bool IsReshare => Parent >= 0;
}
