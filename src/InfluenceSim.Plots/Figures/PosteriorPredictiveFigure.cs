using InfluenceSim.Experiments;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// A calibration's posterior predictive check: per observed series, the observations as points over the band the
/// model gives from the last generation's particles (weighted 5th to 95th percentiles of the simulated values, and
/// their weighted median).
/// </summary>
public static class PosteriorPredictiveFigure
{
    public const string Name = "posterior-predictive";

    public static Figure For(IReadOnlyList<ObservedData.Observation> observations, AbcSmc.Population population)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(population);
        var weights = population.Particles.Select(p => p.Weight).ToArray();
        double Quantile(int observation, double p) => PosteriorSummary.WeightedQuantile(population.Particles.Select(x => x.Simulated[observation]).ToArray(), weights, p);
        var panels = observations.Select((o, i) => (o, i)).GroupBy(x => x.o.Label).Select(series =>
        {
            var points = series.OrderBy(x => x.o.Step).ToArray();
            var steps = points.Select(x => (double)x.o.Step).ToArray();
            return new Panel(series.Key.Replace(",", " / ", StringComparison.Ordinal), new Axis("step"), new Axis(""))
            {
                Lines =
                [
                    new Line("model: median and 90% band", new SeriesStyle("#0072B2"), steps, points.Select(x => Quantile(x.i, 0.5)).ToArray(),
                        points.Select(x => Quantile(x.i, 0.05)).ToArray(), points.Select(x => Quantile(x.i, 0.95)).ToArray()),
                    new Line("observed", new SeriesStyle("#D55E00"), steps, points.Select(x => x.o.Value).ToArray()) { PointsOnly = true },
                ],
            };
        }).ToArray();
        return new Figure(Name, "Observed against the calibrated model",
            $"Each observed series (points) over the model's predictions from the last generation's {population.Particles.Count} particles: weighted median (line) and 5th to 95th percentiles (band).",
            panels) { Columns = Math.Min(3, Math.Max(1, panels.Length)) };
    }
}
