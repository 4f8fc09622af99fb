using System.Globalization;

namespace InfluenceSim.Output;

/// <summary>
/// Numbers for people, one way everywhere (terminal, tables, report, figures): three significant digits, thousands
/// separators, no exponent for everyday sizes; an interval is written in the precision of its mean.
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

    /// <summary>"mean [low, high]" with the low and high written to the mean's decimals.</summary>
    public static string WithInterval(double mean, double? low, double? high)
    {
        var decimals = DecimalsFor(mean);
        return low is { } l && high is { } h ? $"{Format(mean, decimals)} [{Format(l, decimals)}, {Format(h, decimals)}]" : Format(mean, decimals);
    }

    /// <summary>A signed percentage, "+12.3%" or "-45.6%".</summary>
    public static string SignedPercent(double fraction) => (fraction > 0 ? "+" : "") + Format(100 * fraction) + "%";

    /// <summary>"1 figure", "2 figures".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";

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
