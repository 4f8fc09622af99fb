namespace InfluenceSim.Plots.Figures;

/// <summary>One entry of a figure's legend: a line, or a filled swatch for areas and bars.</summary>
public sealed record LegendEntry(string Label, SeriesStyle Style, bool Filled);
