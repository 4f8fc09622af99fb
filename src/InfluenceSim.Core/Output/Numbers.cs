using System.Globalization;

namespace InfluenceSim.Output;

/// <summary>
/// Numbers for people, one way everywhere (terminal, tables, report, figures): three significant digits, thousands
/// separators, no exponent for everyday sizes; a value and its interval are written to one number of decimals, three
/// significant digits of the largest of the three.
/// </summary>
public static class Numbers
{
    public const int SignificantDigits = 3;

    /// <summary>Three significant digits, trailing zeros after the point dropped: 1,080, 0.3, 12.</summary>
    public static string Format(double value)
    {
        var text = Format(value, DecimalsFor(value));
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>
    /// "mean [low, high]", all three to the decimals of the largest in size, so a mean near zero does not give its
    /// interval more digits than it has: 0.60 [-8.74, 9.94], 1,080 [1,034, 1,125].
    /// </summary>
    public static string WithInterval(double mean, double? low, double? high)
    {
        if (low is not { } l || high is not { } h) return Format(mean);
        var decimals = DecimalsFor(LargestFinite(mean, l, h));
        return $"{Format(mean, decimals)} [{Format(l, decimals)}, {Format(h, decimals)}]";
    }

    /// <summary>A signed percentage, "+12.3%" or "-45.6%".</summary>
    public static string SignedPercent(double fraction) => (fraction > 0 ? "+" : "") + Format(100 * fraction) + "%";

    /// <summary>"1 figure", "2 figures".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";

    private static double LargestFinite(params double[] values) =>
        values.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();

    private static int DecimalsFor(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return 0;
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return Math.Clamp(SignificantDigits - 1 - magnitude, 0, 6);
    }

    private static string Format(double value, int decimals)
    {
        if (double.IsNaN(value)) return "n/a";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;
        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
