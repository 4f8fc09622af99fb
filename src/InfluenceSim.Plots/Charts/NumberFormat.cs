using System.Globalization;

namespace InfluenceSim.Plots.Charts;

/// <summary>Tick and table numbers for people: 1.5k, 2M, 0.25, with no more decimals than the step needs.</summary>
public static class NumberFormat
{
    /// <summary>A tick label; the unit (k, M) is chosen by the largest tick of the axis, so that one axis uses one unit.</summary>
    public static string Tick(double value, double step, double axisMagnitude)
    {
        var magnitude = Math.Max(axisMagnitude, Math.Abs(step));
        if (magnitude >= 1e6 && Math.Abs(step) >= 1e5) return value == 0 ? "0" : Compact(value / 1e6, step / 1e6) + "M";
        if (magnitude >= 1e4 && Math.Abs(step) >= 1e3) return value == 0 ? "0" : Compact(value / 1e3, step / 1e3) + "k";
        return Compact(value, step);
    }

    /// <summary>A value with three significant digits and thousands separators (table cells).</summary>
    public static string Value(double value)
    {
        if (value == 0) return "0";
        var abs = Math.Abs(value);
        var decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.Min(6, 2 - (int)Math.Floor(Math.Log10(abs)));
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The value with as many decimals as the step needs to be written exactly (at most 6).</summary>
    private static string Compact(double value, double step)
    {
        var decimals = 0;
        var scaled = Math.Abs(step);
        while (decimals < 6 && scaled > 0 && Math.Abs(scaled - Math.Round(scaled)) > 1e-6 * Math.Max(1, scaled))
        {
            decimals++;
            scaled *= 10;
        }

        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
