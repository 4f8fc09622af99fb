namespace InfluenceSim.Plots.Figures;

/// <summary>Values over a grid of two parameters: Values[row, column] at (Columns[column], Rows[row]).</summary>
public sealed record Heatmap(IReadOnlyList<double> Columns, IReadOnlyList<double> Rows, double[,] Values, string ValueLabel);
