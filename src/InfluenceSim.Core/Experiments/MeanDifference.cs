using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace InfluenceSim.Experiments;

/// <summary>
/// A variant's mean against a baseline's: the difference with its 95% interval, a t-test, and the relative change
/// (variant - baseline) / baseline: negative when the variant is lower (a reduction, the figure Bak-Coleman et al.
/// (2022) report for interventions), positive when higher; its interval divides the difference's interval by the
/// baseline mean, treating that mean as known.
/// <para>
/// <see cref="Welch"/> compares independent samples (unequal variances, Welch-Satterthwaite degrees of freedom).
/// <see cref="Paired"/> compares replicates run with the same seeds (common random numbers): the t interval of the
/// replicates' differences, n - 1 degrees of freedom, which is narrower when the two runs' replicates move together.
/// </para>
/// </summary>
public sealed record MeanDifference(
    bool IsPaired,
    double Difference,
    double DifferenceLow,
    double DifferenceHigh,
    double T,
    double DegreesOfFreedom,
    double PValue,
    double? RelativeChange,
    double? RelativeChangeLow,
    double? RelativeChangeHigh)
{
    /// <summary>Compares two independent samples of at least two values each.</summary>
    public static MeanDifference Welch(IReadOnlyList<double> variant, IReadOnlyList<double> baseline)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(baseline);
        if (variant.Count < 2 || baseline.Count < 2) throw new ArgumentException("each sample needs at least two replicates");
        var (meanV, varV) = variant.MeanVariance();
        var (meanB, varB) = baseline.MeanVariance();
        var a = varV / variant.Count;
        var b = varB / baseline.Count;
        var standardError = Math.Sqrt(a + b);
        var df = standardError == 0
            ? variant.Count + baseline.Count - 2
            : (a + b) * (a + b) / (a * a / (variant.Count - 1) + b * b / (baseline.Count - 1));
        return Of(false, meanV - meanB, standardError, df, meanB);
    }

    /// <summary>Compares paired replicates (the i-th of each ran with the same seed); at least two pairs.</summary>
    public static MeanDifference Paired(IReadOnlyList<double> variant, IReadOnlyList<double> baseline)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(baseline);
        if (variant.Count != baseline.Count) throw new ArgumentException("paired samples need the same number of replicates");
        if (variant.Count < 2) throw new ArgumentException("a paired comparison needs at least two replicates");
        var differences = variant.Zip(baseline, (v, b) => v - b).ToArray();
        var (mean, variance) = differences.MeanVariance();
        return Of(true, mean, Math.Sqrt(variance / differences.Length), differences.Length - 1, baseline.Mean());
    }

    private static MeanDifference Of(bool paired, double difference, double standardError, double df, double baselineMean)
    {
        double t, p, half;
        if (standardError == 0)
        {
            t = difference == 0 ? 0 : double.PositiveInfinity * Math.Sign(difference);
            p = difference == 0 ? 1 : 0;
            half = 0;
        }
        else
        {
            t = difference / standardError;
            p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
            half = StudentT.InvCDF(0, 1, df, 0.975) * standardError;
        }

        double? Relative(double d) => baselineMean == 0 ? null : d / baselineMean;
        var (low, high) = (Relative(difference - half), Relative(difference + half));
        return new MeanDifference(paired, difference, difference - half, difference + half, t, df, p,
            Relative(difference), baselineMean < 0 ? high : low, baselineMean < 0 ? low : high);
    }
}
