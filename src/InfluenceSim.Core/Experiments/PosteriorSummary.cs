namespace InfluenceSim.Experiments;

/// <summary>A weighted sample's per-parameter mean, sd, median and 90% credible interval (5th and 95th weighted percentiles), and correlations.</summary>
public sealed record PosteriorSummary(double[] Means, double[] StandardDeviations, double[] Low90, double[] Medians, double[] High90, double[,] Correlations)
{
    /// <param name="values">Per particle, each parameter's value.</param>
    /// <param name="weights">Per particle, its weight (summing to 1).</param>
    public static PosteriorSummary Of(IReadOnlyList<double[]> values, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        var k = values[0].Length;
        var means = Enumerable.Range(0, k).Select(d => values.Select((v, i) => weights[i] * v[d]).Sum()).ToArray();
        double Covariance(int a, int b) => values.Select((v, i) => weights[i] * (v[a] - means[a]) * (v[b] - means[b])).Sum();
        var sds = Enumerable.Range(0, k).Select(d => Math.Sqrt(Covariance(d, d))).ToArray();
        var correlations = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++) correlations[a, b] = sds[a] > 0 && sds[b] > 0 ? Covariance(a, b) / (sds[a] * sds[b]) : a == b ? 1 : 0;
        }

        double[] Percentile(double p) => Enumerable.Range(0, k).Select(d => WeightedQuantile(values.Select(v => v[d]).ToArray(), weights, p)).ToArray();
        return new PosteriorSummary(means, sds, Percentile(0.05), Percentile(0.5), Percentile(0.95), correlations);
    }

    /// <summary>The smallest value whose cumulative weight reaches p.</summary>
    public static double WeightedQuantile(IReadOnlyList<double> values, IReadOnlyList<double> weights, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        double cumulative = 0;
        foreach (var i in order)
        {
            cumulative += weights[i];
            if (cumulative >= p) return values[i];
        }

        return values[order[^1]];
    }
}
