namespace InfluenceSim.Randomness;

/// <summary>
/// The seeds of a run, derived once here: each replicate's from the scenario's seed, and from a replicate's seed
/// one stream per part of the world, so that changing one part does not reshuffle the others.
/// </summary>
public static class SeedStreams
{
    /// <summary>Who joins which platform.</summary>
    public const ulong Membership = 1;

    /// <summary>The follow network (one sub-stream per platform).</summary>
    public const ulong Network = 2;

    /// <summary>Who follows each actor account (one sub-stream per platform).</summary>
    public const ulong ActorFollowers = 3;

    /// <summary>The initial believers, opinions or seed nodes' extra draws.</summary>
    public const ulong Believers = 4;

    /// <summary>Everything that happens during the steps.</summary>
    public const ulong Dynamics = 5;

    public static ulong Replicate(long scenarioSeed, int replicate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicate);
        return SimRandom.DeriveSeed(unchecked((ulong)scenarioSeed), (ulong)replicate);
    }

    /// <summary>A generator for one stream of a replicate, with an optional sub-stream (a platform, say).</summary>
    public static SimRandom For(ulong replicateSeed, ulong stream) => new(SimRandom.DeriveSeed(replicateSeed, stream));

    public static SimRandom For(ulong replicateSeed, ulong stream, ulong subStream) => new(SimRandom.DeriveSeed(replicateSeed, stream, subStream));
}
