using InfluenceSim.Metrics;

namespace InfluenceSim.SimSoM;

/// <summary>Writes SimSoM's measures into a replicate's counters after each step.</summary>
public sealed class SimSoMRecording(MetricCounters counters)
{
    private readonly Counter _quality = counters.For(MetricCatalogue.Quality);
    private readonly Counter _relativeQuality = counters.For(MetricCatalogue.RelativeQuality);
    private readonly Counter _diversity = counters.For(MetricCatalogue.Diversity);
    private readonly Counter _discriminativePower = counters.For(MetricCatalogue.DiscriminativePower);
    private readonly Counter _lowQualityExposure = counters.For(MetricCatalogue.LowQualityExposure);
    private readonly Counter _converged = counters.For(MetricCatalogue.Converged);

    public void Record(SimSoMMeasures measures)
    {
        _quality.Set(measures.Quality);
        _relativeQuality.Set(measures.RelativeQuality);
        _diversity.Set(measures.Diversity);
        _discriminativePower.Set(measures.DiscriminativePower);
        _lowQualityExposure.Set(measures.LowQualityExposure);
        _converged.Set(measures.ConvergedAtStep is null ? 0 : 1);
    }
}
