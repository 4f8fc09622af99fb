using InfluenceSim.Output;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// A series over replicates reduced, step by step, to its mean and the 95% confidence interval of the mean
/// (<see cref="SummaryStatistics"/>, clipped to the range the quantity can take); with one replicate, no interval.
/// </summary>
public sealed record Band(double[] Mean, double[]? Low, double[]? High)
{
    /// <param name="byReplicate">[replicate][step].</param>
    /// <param name="minimum">The smallest value the quantity can take.</param>
    /// <param name="maximum">The largest, if any.</param>
    public static Band Of(double[][] byReplicate, double minimum = 0, double? maximum = null)
    {
        ArgumentNullException.ThrowIfNull(byReplicate);
        var steps = byReplicate.Length == 0 ? 0 : byReplicate[0].Length;
        var mean = new double[steps];
        var low = new double[steps];
        var high = new double[steps];
        for (var step = 0; step < steps; step++)
        {
            var values = byReplicate.Select(r => r[step]).Where(double.IsFinite).ToArray();
            if (values.Length == 0)
            {
                mean[step] = low[step] = high[step] = double.NaN;
                continue;
            }

            var statistics = SummaryStatistics.Of(values, minimum, maximum);
            mean[step] = statistics.Mean;
            low[step] = statistics.Ci95Low ?? statistics.Mean;
            high[step] = statistics.Ci95High ?? statistics.Mean;
        }

        return byReplicate.Length > 1 ? new Band(mean, low, high) : new Band(mean, null, null);
    }

    /// <summary>Running totals of a per-step series, per replicate.</summary>
    public static double[][] Cumulative(double[][] byReplicate)
    {
        ArgumentNullException.ThrowIfNull(byReplicate);
        return byReplicate.Select(r =>
        {
            var total = 0.0;
            return r.Select(v => total += v).ToArray();
        }).ToArray();
    }

    public Line ToLine(string label, SeriesStyle style, IReadOnlyList<double> x) => new(label, style, x, Mean, Low, High);
}
