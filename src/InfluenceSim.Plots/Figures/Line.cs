namespace InfluenceSim.Plots.Figures;

/// <summary>A line over x, with an optional band from Low to High (the 95% interval of the mean).</summary>
public sealed record Line(string Label, SeriesStyle Style, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double>? Low = null, IReadOnlyList<double>? High = null)
{
    public bool HasBand => Low is not null && High is not null;

    /// <summary>Draw the points alone, with error bars from Low to High, not joined by a line (values that are not a sequence).</summary>
    public bool PointsOnly { get; init; }

    /// <summary>With <see cref="PointsOnly"/>: horizontal error bars from XLow to XHigh (an interval of x too).</summary>
    public IReadOnlyList<double>? XLow { get; init; }

    public IReadOnlyList<double>? XHigh { get; init; }
}
