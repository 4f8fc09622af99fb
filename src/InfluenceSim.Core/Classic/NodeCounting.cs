using InfluenceSim.Metrics;

namespace InfluenceSim.Classic;

/// <summary>Where a classic process counts its nodes' states: the segment of each node and the replicate's counters.</summary>
/// <param name="SegmentOfNode">Per node, its segment.</param>
/// <param name="SegmentCount">How many segments there are.</param>
/// <param name="Counters">The replicate's counters; the process counts its states per segment there.</param>
public sealed record NodeCounting(int[] SegmentOfNode, int SegmentCount, MetricCounters Counters);
