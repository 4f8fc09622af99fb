using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace InfluenceSim.Experiments;

/// <summary>
/// A variant's mean against a baseline's: the difference with its 95% interval and Welch's t-test (unequal
/// variances, Welch-Satterthwaite degrees of freedom), and the relative change (variant - baseline) / baseline:
/// negative when the variant is lower (a reduction, the figure Bak-Coleman et al. (2022) report for interventions),
/// positive when higher. Its interval divides the difference's interval by the baseline mean, treating that mean
/// as known.
/// </summary>
public sealed record WelchComparison(
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
    /// <summary>Compares two samples of at least two values each.</summary>
    public static WelchComparison Of(IReadOnlyList<double> variant, IReadOnlyList<double> baseline)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(baseline);
        if (variant.Count < 2 || baseline.Count < 2) throw new ArgumentException("each sample needs at least two replicates");
        var (meanV, varV) = variant.MeanVariance();
        var (meanB, varB) = baseline.MeanVariance();
        var difference = meanV - meanB;
        var a = varV / variant.Count;
        var b = varB / baseline.Count;
        var standardError = Math.Sqrt(a + b);
        double t, df, p, half;
        if (standardError == 0)
        {
            t = difference == 0 ? 0 : double.PositiveInfinity * Math.Sign(difference);
            df = variant.Count + baseline.Count - 2;
            p = difference == 0 ? 1 : 0;
            half = 0;
        }
        else
        {
            t = difference / standardError;
            df = (a + b) * (a + b) / (a * a / (variant.Count - 1) + b * b / (baseline.Count - 1));
            p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
            half = StudentT.InvCDF(0, 1, df, 0.975) * standardError;
        }

        double? Relative(double d) => meanB == 0 ? null : d / meanB;
        var (low, high) = (Relative(difference - half), Relative(difference + half));
        return new WelchComparison(difference, difference - half, difference + half, t, df, p,
            Relative(difference), meanB < 0 ? high : low, meanB < 0 ? low : high);
    }
}
