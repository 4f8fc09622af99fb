namespace InfluenceSim.Plots.Figures;

/// <summary>Bars of one kind, one per category; several groups stand side by side. The legend shows the group when it has a label.</summary>
public sealed record BarGroup(string? Label, string Colour, IReadOnlyList<Bar> Bars);
