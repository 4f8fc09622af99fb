using InfluenceSim.Metrics;
using InfluenceSim.Parallelism;

namespace InfluenceSim.Runs;

/// <summary>
/// A scenario compiled for running, whichever its model: immutable, shared by all replicates, and able to build
/// any replicate's world from the replicate's seed alone.
/// </summary>
public interface ISimulation
{
    RunLayout Layout { get; }

    int Steps { get; }

    int Replicates { get; }

    double StepHours { get; }

    /// <summary>The seed of one replicate (<see cref="Randomness.SeedStreams.Replicate"/>).</summary>
    ulong ReplicateSeed(int replicate);

    /// <summary>
    /// Builds a replicate's world at step 0; the build and the replicate's steps may use up to
    /// <paramref name="workers"/> threads, with the same results on any number.
    /// </summary>
    IReplicate Build(int replicate, Workers workers = default);

    /// <summary>The memory one replicate's world takes at its largest (while it is built), by part, worked out from the sizes alone.</summary>
    IReadOnlyList<MemoryPart> ReplicateMemory();
}
