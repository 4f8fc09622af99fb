namespace InfluenceSim.Plots.Charts;

/// <summary>
/// An axis range with "nice" ticks (after Heckbert, Graphics Gems 1990): steps of 1, 2, 2.5 or 5 times a power of ten,
/// the first tick at or below the data's minimum and the last at or above its maximum.
/// </summary>
public sealed class NiceScale
{
    private NiceScale(double min, double max, double step)
    {
        Min = min;
        Max = max;
        Step = step;
    }

    public double Min { get; }

    public double Max { get; }

    public double Step { get; }

    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            return Enumerable.Range(0, count + 1).Select(i => Math.Round(Min + i * Step, 12)).ToArray();
        }
    }

    /// <summary>A scale covering the values; an empty or constant range is widened so that it can be drawn.</summary>
    /// <param name="dataMin">Smallest value.</param>
    /// <param name="dataMax">Largest value.</param>
    /// <param name="maxTicks">About how many ticks at most.</param>
    /// <param name="includeZero">Start at zero when all values are positive (counts), end at zero when all are negative.</param>
    /// <param name="steps">Allowed steps, smallest first (for time: 6, 12, 24 hours); the 1-2-2.5-5 rule when none is large enough.</param>
    public static NiceScale For(double dataMin, double dataMax, int maxTicks = 6, bool includeZero = false, IReadOnlyList<double>? steps = null)
    {
        if (!double.IsFinite(dataMin) || !double.IsFinite(dataMax) || dataMin > dataMax)
        {
            dataMin = 0;
            dataMax = 1;
        }

        if (includeZero)
        {
            dataMin = Math.Min(dataMin, 0);
            dataMax = Math.Max(dataMax, 0);
        }

        if (dataMax - dataMin < 1e-12 * Math.Max(1, Math.Abs(dataMax)))
        {
            var pad = dataMax == 0 ? 1 : Math.Abs(dataMax) * 0.1;
            dataMin = includeZero && dataMin >= 0 ? dataMin : dataMin - pad;
            dataMax += pad;
        }

        var wanted = (dataMax - dataMin) / Math.Max(1, maxTicks - 1);
        var step = steps?.FirstOrDefault(s => s >= wanted * (1 - 1e-9)) is > 0 and var allowed ? allowed : NiceNumberAtLeast(wanted);
        var min = Math.Floor(dataMin / step + 1e-9) * step;
        var max = Math.Ceiling(dataMax / step - 1e-9) * step;
        return new NiceScale(min, max, step);
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least x, so ticks never exceed the wanted count by much.</summary>
    private static double NiceNumberAtLeast(double x)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(x)));
        var fraction = x / power;
        var nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 2.5 + 1e-9 ? 2.5 : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * power;
    }
}
