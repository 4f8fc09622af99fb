namespace InfluenceSim.Simulation;

/// <summary>
/// What a replicate has counted so far. Flows (impressions, exposures, posts, reshares) are cumulative since
/// step 0; stocks (aware, believers) are current. Observers take differences for per-step flows.
/// </summary>
public sealed class WorldCounters
{
    public WorldCounters(int narratives, int segments, int platforms, int languages)
    {
        Narratives = narratives;
        Segments = segments;
        Platforms = platforms;
        Impressions = new long[narratives * segments * platforms];
        Exposures = new long[narratives * segments * platforms];
        Posts = new long[narratives * platforms];
        Reshares = new long[narratives * platforms];
        Aware = new long[narratives * segments];
        Believers = new long[narratives * segments];
        Flagged = new long[narratives * platforms];
        RemovedFalsehood = new long[narratives * platforms];
        RemovedOther = new long[narratives * platforms];
        Labelled = new long[narratives * platforms];
        LabelledAccounts = new long[platforms];
        BannedActorAccounts = new long[platforms];
        BannedGenuineAccounts = new long[platforms];
        RecreatedAccounts = new long[platforms];
        CircuitBreakerTrips = new long[platforms];
        ReviewBacklog = new long[platforms];
        ImpressionsByLanguage = new long[languages];
        ExposuresByLanguage = new long[languages];
    }

    public int Narratives { get; }

    public int Segments { get; }

    public int Platforms { get; }

    /// <summary>Reads of a post of the narrative by a member of the segment on the platform, [NarrativeSegmentPlatform].</summary>
    public long[] Impressions { get; }

    /// <summary>Impressions in a language the reader understands, [NarrativeSegmentPlatform].</summary>
    public long[] Exposures { get; }

    /// <summary>Original posts, by actors and by audience authors, [NarrativePlatform].</summary>
    public long[] Posts { get; }

    /// <summary>Reshares, [NarrativePlatform].</summary>
    public long[] Reshares { get; }

    /// <summary>Agents aware of (but not believing) the narrative, [NarrativeSegment].</summary>
    public long[] Aware { get; }

    /// <summary>Agents believing the narrative, [NarrativeSegment].</summary>
    public long[] Believers { get; }

    /// <summary>Cascades flagged for review (by the classifier, by reports or by the circuit breaker), [NarrativePlatform].</summary>
    public long[] Flagged { get; }

    /// <summary>Cascades of falsehood narratives removed, [NarrativePlatform].</summary>
    public long[] RemovedFalsehood { get; }

    /// <summary>Cascades of other narratives removed (collateral), [NarrativePlatform].</summary>
    public long[] RemovedOther { get; }

    /// <summary>Cascades labelled misleading, [NarrativePlatform].</summary>
    public long[] Labelled { get; }

    /// <summary>Actor accounts newly labelled state-affiliated after detection, per platform.</summary>
    public long[] LabelledAccounts { get; }

    /// <summary>Actor accounts banned, per platform.</summary>
    public long[] BannedActorAccounts { get; }

    /// <summary>Audience (genuine) accounts banned after strikes, per platform.</summary>
    public long[] BannedGenuineAccounts { get; }

    /// <summary>Banned actor accounts that came back under a new name, per platform.</summary>
    public long[] RecreatedAccounts { get; }

    /// <summary>Cascades throttled by the circuit breaker, per platform.</summary>
    public long[] CircuitBreakerTrips { get; }

    /// <summary>Flagged items waiting for review (a state, not a cumulative count), per platform.</summary>
    public long[] ReviewBacklog { get; }

    /// <summary>Impressions by the language of the item read.</summary>
    public long[] ImpressionsByLanguage { get; }

    /// <summary>Exposures (understood impressions) by the language of the item read.</summary>
    public long[] ExposuresByLanguage { get; }

    public int NarrativeSegmentPlatform(int narrative, int segment, int platform) => (narrative * Segments + segment) * Platforms + platform;

    public int NarrativePlatform(int narrative, int platform) => narrative * Platforms + platform;

    public int NarrativeSegment(int narrative, int segment) => narrative * Segments + segment;
}
