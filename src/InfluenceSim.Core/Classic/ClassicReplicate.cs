using InfluenceSim.Cascades;
using InfluenceSim.Metrics;
using InfluenceSim.Runs;

namespace InfluenceSim.Classic;

/// <summary>One replicate of a classic model: its process, stepped by one round or sweep at a time, and its counters.</summary>
internal sealed class ClassicReplicate(MetricCounters counters, Action step) : IReplicate
{
    public MetricCounters Counters { get; } = counters;

    public int CurrentStep { get; private set; }

    public void Step()
    {
        step();
        CurrentStep++;
    }

    public IReadOnlyList<Cascade>? MeasureCascades() => null;
}
