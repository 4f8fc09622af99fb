using System.Globalization;

namespace InfluenceSim.Scenarios;

/// <summary>The range a number field declares, and how errors and the docs say it.</summary>
/// <param name="Min">At least this (NaN: no bound).</param>
/// <param name="Max">At most this (NaN: no bound).</param>
/// <param name="Above">Above this (NaN: no bound).</param>
/// <param name="Below">Below this (NaN: no bound).</param>
public readonly record struct FieldRange(double Min, double Max, double Above, double Below, bool IsInteger)
{
    public bool IsProbability => Min == 0 && Max == 1 && double.IsNaN(Above) && double.IsNaN(Below) && !IsInteger;

    public bool Contains(double value) =>
        !(value < Min || value > Max || value <= Above || value >= Below);

    /// <summary>What an error says the value must be: "a probability between 0 and 1", "from 1 to 1,000,000", "above 0 and at most 0.5".</summary>
    public string MustBe()
    {
        if (IsProbability) return "a probability between 0 and 1";
        var hasMin = !double.IsNaN(Min);
        var hasMax = !double.IsNaN(Max);
        if (hasMin && hasMax) return IsInteger ? $"from {Number(Min)} to {Number(Max)}" : $"between {Number(Min)} and {Number(Max)}";
        if (hasMin && double.IsNaN(Below)) return Min == 0 && !IsInteger ? "0 or more" : $"at least {Number(Min)}";
        return string.Join(" and ", Parts());
    }

    /// <summary>The range as the docs' tables give it: "0 to 1", "at least 1", "above 0, at most 2"; empty when unbounded.</summary>
    public string Text()
    {
        if (!double.IsNaN(Min) && !double.IsNaN(Max)) return $"{Number(Min)} to {Number(Max)}";
        return string.Join(", ", Parts());
    }

    private IEnumerable<string> Parts()
    {
        if (!double.IsNaN(Min)) yield return $"at least {Number(Min)}";
        if (!double.IsNaN(Above)) yield return $"above {Number(Above)}";
        if (!double.IsNaN(Max)) yield return $"at most {Number(Max)}";
        if (!double.IsNaN(Below)) yield return $"below {Number(Below)}";
    }

    private string Number(double value) =>
        IsInteger || Math.Abs(value) >= 10_000 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
}
