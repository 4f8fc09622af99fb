namespace InfluenceSim.Plots.Figures;

/// <summary>The colour (#RRGGBB) and dash of a series.</summary>
public sealed record SeriesStyle(string Colour, Dash Dash = Dash.Solid);
