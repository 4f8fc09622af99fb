namespace InfluenceSim.Plots.Charts;

/// <summary>A line over x, with an optional band (for example the 95% interval of the mean) from Low to High.</summary>
public sealed record LineSeries(string Label, string Colour, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double>? Low = null, IReadOnlyList<double>? High = null, string? Dash = null)
{
    public IEnumerable<double> AllValues() => Y.Concat(Low ?? []).Concat(High ?? []).Where(double.IsFinite);
}
