namespace InfluenceSim.Plots.Figures;

/// <summary>How a line is stroked; it tells apart lines that share a colour.</summary>
public enum Dash
{
    Solid,
    Dashed,
    Dotted,
    DashDot,
}
