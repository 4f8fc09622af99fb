namespace InfluenceSim.Platforms;

/// <summary>What moderation has done to a cascade; kept on its original post.</summary>
[Flags]
public enum PostStatus : byte
{
    None = 0,
    Flagged = 1,
    Reviewed = 2,
    Labelled = 4,
    Downranked = 8,
    Removed = 16,
    Throttled = 32,
}
