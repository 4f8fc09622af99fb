namespace InfluenceSim.Plots.Figures;

/// <summary>One bar: its category (x label), value, optional error bar from Low to High, and colour.</summary>
public sealed record Bar(string Category, double Value, double? Low, double? High, string Colour);
