namespace InfluenceSim.Plots.Figures;

/// <summary>
/// A base-10 logarithmic axis drawn on a linear one: values are plotted as their logarithms and ticks at whole
/// powers of ten are labelled with the values themselves. Values at or below zero cannot be drawn and become NaN.
/// </summary>
public static class LogScale
{
    public static double Of(double value) => value > 0 ? Math.Log10(value) : double.NaN;

    public static double[] Of(IEnumerable<double> values) => values.Select(Of).ToArray();

    /// <summary>An axis over the logarithms given, with a tick at each power of ten from below the smallest to above the largest.</summary>
    public static Axis Axis(string label, IEnumerable<double> logarithms)
    {
        var finite = logarithms.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) return new Axis(label);
        var low = Math.Floor(finite.Min());
        var high = Math.Max(low + 1, Math.Ceiling(finite.Max()));
        var ticks = Enumerable.Range((int)low, (int)(high - low) + 1).Select(k => new Tick(k, Label(k))).ToArray();
        return new Axis(label, low, high, ticks);
    }

    private static string Label(int power) => power switch
    {
        >= 0 and <= 6 => Output.Numbers.Format(Math.Pow(10, power)),
        < 0 and >= -3 => Math.Pow(10, power).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        _ => $"1e{power}",
    };
}
