namespace InfluenceSim.Plots.Figures;

/// <summary>An axis: its label, optional fixed limits and optional ticks (position and label).</summary>
public sealed record Axis(string Label, double? Min = null, double? Max = null, IReadOnlyList<Tick>? Ticks = null);

/// <summary>A tick of an axis.</summary>
public sealed record Tick(double Position, string Label);
