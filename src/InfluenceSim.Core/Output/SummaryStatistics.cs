using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Output;

/// <summary>
/// A quantity over replicates: mean, sample standard deviation, the 95% confidence interval of the mean
/// (Student's t) and the 2.5th to 97.5th percentile range of the replicates themselves.
/// </summary>
public sealed record SummaryStatistics(int Count, double Mean, double? StandardDeviation, double? Ci95Low, double? Ci95High, double Range95Low, double Range95High)
{
    public static SummaryStatistics Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        var mean = values.Mean();
        var sorted = values.OrderBy(v => v).ToArray();
        var low = SortedArrayStatistics.QuantileCustom(sorted, 0.025, QuantileDefinition.R7);
        var high = SortedArrayStatistics.QuantileCustom(sorted, 0.975, QuantileDefinition.R7);
        if (values.Count < 2) return new SummaryStatistics(1, mean, null, null, null, low, high);
        var sd = values.StandardDeviation();
        var half = StudentT.InvCDF(0, 1, values.Count - 1, 0.975) * sd / Math.Sqrt(values.Count);
        return new SummaryStatistics(values.Count, mean, sd, mean - half, mean + half, low, high);
    }

    public JObject ToJson() => new()
    {
        ["mean"] = Mean,
        ["sd"] = StandardDeviation,
        ["ci95"] = Ci95Low is { } low && Ci95High is { } high ? new JArray(low, high) : null,
        ["range95"] = new JArray(Range95Low, Range95High),
    };
}
