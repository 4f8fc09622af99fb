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
    public int Shares;
    public short Narrative;
    public byte Platform;
    public byte Language;

    public readonly bool IsReshare => Parent >= 0;
}
