using InfluenceSim.Runs;

namespace InfluenceSim.Experiments;

/// <summary>The memory a sweep needs at most: its largest point, with the recordings of as many points in flight as threads.</summary>
public static class SweepMemory
{
    public static MemoryEstimate Estimate(LoadedSweep sweep, int threads)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        return sweep.Scenarios
            .Select(ScenarioCompiler.Compile)
            .Select(point => MemoryEstimate.For(point, threads, point.Replicates * Math.Min(threads, sweep.Points.Count)))
            .MaxBy(estimate => estimate.Bytes)!;
    }
}
