namespace InfluenceSim.Plots.Figures;

/// <summary>One layer of a stacked area chart, stacked on the layers before it.</summary>
public sealed record AreaLayer(string Label, string Colour, IReadOnlyList<double> X, IReadOnlyList<double> Values);
