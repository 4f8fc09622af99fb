namespace InfluenceSim.Platforms;

/// <summary>
/// One post or reshare. <see cref="Root"/> is the original post of a cascade (the post itself for an original),
/// so that cascades can be traced and engagement counted on the original. Fields said to be kept on the original
/// describe the whole cascade and are unused on reshares.
/// </summary>
public struct Post
{
    // What a session reads of every item in a feed comes first, in one cache line's reach; the counts kept on
    // originals follow.

    /// <summary>Global account id of the author: audience agents first, then actor accounts.</summary>
    public int Author;
    public int Root;
    public int Step;
    public short Narrative;
    public byte Platform;
    public byte Language;
    /// <summary>Moderation of the cascade (kept on its original).</summary>
    public PostStatus Status;
    /// <summary>The post this one reshares (its direct cascade parent), or -1 for an original.</summary>
    public int Parent;
    /// <summary>Reshares of the cascade (kept on its original).</summary>
    public int Shares;
    /// <summary>Reshares of the cascade during <see cref="RecentStep"/>, for the circuit breaker (kept on its original).</summary>
    public int RecentShares;
    public int RecentStep;
    /// <summary>Distinct audience agents who read an item of the cascade (kept on its original).</summary>
    public int Reached;
    /// <summary>Distinct audience agents who read and understood an item of the cascade (kept on its original).</summary>
    public int Exposed;
    /// <summary>When moderation first flagged, labelled, down-ranked and removed the cascade, or -1 (kept on its original).</summary>
    public ModerationSteps Moderated;

    public readonly bool IsReshare => Parent >= 0;
}

/// <summary>The step at which moderation first did each thing to a cascade, -1 while it has not.</summary>
public struct ModerationSteps
{
    public int Flagged;
    public int Labelled;
    public int Downranked;
    public int Removed;

    public static ModerationSteps None => new() { Flagged = -1, Labelled = -1, Downranked = -1, Removed = -1 };
}
