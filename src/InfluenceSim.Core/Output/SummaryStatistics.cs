using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Newtonsoft.Json;

namespace InfluenceSim.Output;

/// <summary>
/// A quantity over replicates: mean, sample standard deviation, the 95% confidence interval of the mean (Student's
/// t, clipped to the range the quantity can take, so a count's interval never goes below zero) and the 2.5th to
/// 97.5th percentile range of the replicates themselves.
/// </summary>
[JsonObject(MemberSerialization.OptIn)]
public sealed class SummaryStatistics
{
    [JsonConstructor]
    private SummaryStatistics()
    {
    }

    [JsonProperty("n", Order = 1)]
    public int Count { get; private set; }

    [JsonProperty("mean", Order = 2)]
    public double Mean { get; private set; }

    [JsonProperty("sd", Order = 3)]
    public double? StandardDeviation { get; private set; }

    public double? Ci95Low => Ci95?[0];

    public double? Ci95High => Ci95?[1];

    public double Range95Low => Range95[0];

    public double Range95High => Range95[1];

    /// <summary>The 95% interval of the mean as [low, high], null with one replicate.</summary>
    [JsonProperty("ci95", Order = 4)]
    private double[]? Ci95 { get; set; }

    [JsonProperty("range95", Order = 5)]
    private double[] Range95 { get; set; } = [0, 0];

    /// <param name="values">One value per replicate.</param>
    /// <param name="minimum">The smallest value the quantity can take.</param>
    /// <param name="maximum">The largest, if any.</param>
    public static SummaryStatistics Of(IReadOnlyList<double> values, double minimum = double.NegativeInfinity, double? maximum = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        var mean = values.Mean();
        var sorted = values.OrderBy(v => v).ToArray();
        var statistics = new SummaryStatistics
        {
            Count = values.Count,
            Mean = mean,
            Range95 = [SortedArrayStatistics.QuantileCustom(sorted, 0.025, QuantileDefinition.R7), SortedArrayStatistics.QuantileCustom(sorted, 0.975, QuantileDefinition.R7)],
        };
        if (values.Count < 2) return statistics;
        var sd = values.StandardDeviation();
        var half = StudentT.InvCDF(0, 1, values.Count - 1, 0.975) * sd / Math.Sqrt(values.Count);
        var top = maximum ?? double.PositiveInfinity;
        statistics.StandardDeviation = sd;
        statistics.Ci95 = [Math.Clamp(mean - half, minimum, top), Math.Clamp(mean + half, minimum, top)];
        return statistics;
    }
}
