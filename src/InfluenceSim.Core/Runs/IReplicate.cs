using InfluenceSim.Cascades;
using InfluenceSim.Metrics;

namespace InfluenceSim.Runs;

/// <summary>
/// The whole state of one replicate of any model, platform or classic: it owns its random generator and counts
/// what happens into its counters. Built at step 0; each <see cref="Step"/> advances it by one step.
/// </summary>
public interface IReplicate
{
    MetricCounters Counters { get; }

    /// <summary>Steps completed so far.</summary>
    int CurrentStep { get; }

    void Step();

    /// <summary>Threads the replicate's steps run on.</summary>
    int Threads { get; }

    /// <summary>Its accounts and follows, for observers that draw or count them.</summary>
    IReplicateAccounts Accounts { get; }

    /// <summary>Its posts, for the logs and the live page; null for models without posts.</summary>
    IPostHistory? PostHistory { get; }

    /// <summary>Measures the cascades of posts and reshares so far; null for models without posts.</summary>
    IReadOnlyList<Cascade>? MeasureCascades();
}
