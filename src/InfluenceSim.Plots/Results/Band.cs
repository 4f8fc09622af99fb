using MathNet.Numerics.Distributions;

namespace InfluenceSim.Plots.Results;

/// <summary>
/// A series over replicates reduced to its mean per step and the 95% confidence interval of that mean (Student's t);
/// with one replicate the interval is the mean itself.
/// </summary>
public sealed record Band(double[] Mean, double[] Low, double[] High)
{
    public static Band Of(double[][] byReplicate)
    {
        ArgumentNullException.ThrowIfNull(byReplicate);
        var steps = byReplicate.Length == 0 ? 0 : byReplicate[0].Length;
        var n = byReplicate.Length;
        var mean = new double[steps];
        var low = new double[steps];
        var high = new double[steps];
        var t = n > 1 ? StudentT.InvCDF(0, 1, n - 1, 0.975) : 0;
        for (var step = 0; step < steps; step++)
        {
            var values = byReplicate.Select(r => r[step]).ToArray();
            mean[step] = n == 0 ? 0 : values.Average();
            var half = n > 1 ? t * Math.Sqrt(values.Sum(v => (v - mean[step]) * (v - mean[step])) / (n - 1) / n) : 0;
            low[step] = mean[step] - half;
            high[step] = mean[step] + half;
        }

        return new Band(mean, low, high);
    }

    /// <summary>Running totals of a per-step series, per replicate.</summary>
    public static double[][] Cumulative(double[][] byReplicate) =>
        byReplicate.Select(r =>
        {
            var total = 0.0;
            return r.Select(v => total += v).ToArray();
        }).ToArray();
}
