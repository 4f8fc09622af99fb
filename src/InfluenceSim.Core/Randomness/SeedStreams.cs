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

    /// <summary>
    /// What happens during the steps, in sub-streams by who draws (<see cref="ActorPosting"/>, <see cref="Sessions"/>,
    /// <see cref="Reading"/>, <see cref="Reports"/>, <see cref="Delivery"/>, <see cref="Forgetting"/>, and
    /// <see cref="ModerationOf"/> per platform), so that variants of a world that differ in one part keep the others'
    /// draws: common random numbers for paired comparisons. The audience's streams (sessions, reading, reports) are
    /// drawn anew for each step and chunk of agents, so that chunks can run on any thread.
    /// </summary>
    public const ulong Dynamics = 5;

    /// <summary>Sub-stream of <see cref="Dynamics"/>: how many posts actor accounts make, on what, in which language, and who coordinates.</summary>
    public const ulong ActorPosting = 1;

    /// <summary>Sub-stream of <see cref="Dynamics"/>, per step and chunk of agents: who opens a session, and who writes a post of their own.</summary>
    public const ulong Sessions = 2;

    /// <summary>Sub-stream of <see cref="Dynamics"/>, per step and chunk of agents: adoption, resharing, what a believer writes about.</summary>
    public const ulong Reading = 3;

    /// <summary>Sub-stream of <see cref="Dynamics"/>, per step and chunk of agents: which readers report a falsehood.</summary>
    public const ulong Reports = 4;

    /// <summary>Sub-stream of <see cref="Dynamics"/>: which followers a down-ranked cascade's items still reach.</summary>
    public const ulong Delivery = 5;

    /// <summary>Sub-stream of <see cref="Dynamics"/>: which believers forget.</summary>
    public const ulong Forgetting = 6;

    /// <summary>Sub-stream of <see cref="Dynamics"/> for one platform's moderation.</summary>
    public static ulong ModerationOf(int platform) => 100 + (ulong)platform;

    public static ulong Replicate(long scenarioSeed, int replicate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicate);
        return SimRandom.DeriveSeed(unchecked((ulong)scenarioSeed), (ulong)replicate);
    }

    /// <summary>A generator for one stream of a replicate, with an optional sub-stream (a platform, say).</summary>
    public static SimRandom For(ulong replicateSeed, ulong stream) => new(SimRandom.DeriveSeed(replicateSeed, stream));

    public static SimRandom For(ulong replicateSeed, ulong stream, ulong subStream) => new(SimRandom.DeriveSeed(replicateSeed, stream, subStream));
}
