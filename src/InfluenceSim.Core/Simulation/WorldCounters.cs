namespace InfluenceSim.Simulation;

/// <summary>
/// What a replicate has counted so far. Flows (impressions, exposures, posts, reshares) are cumulative since
/// step 0; stocks (aware, believers) are current. Observers take differences for per-step flows.
/// </summary>
public sealed class WorldCounters
{
    public WorldCounters(int narratives, int segments, int platforms)
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

    public int NarrativeSegmentPlatform(int narrative, int segment, int platform) => (narrative * Segments + segment) * Platforms + platform;

    public int NarrativePlatform(int narrative, int platform) => narrative * Platforms + platform;

    public int NarrativeSegment(int narrative, int segment) => narrative * Segments + segment;
}
