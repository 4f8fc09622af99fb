namespace InfluenceSim.Plots.Figures;

/// <summary>One chart of a figure: its title, axes and what it draws.</summary>
public sealed record Panel(string Title, Axis X, Axis Y)
{
    public IReadOnlyList<Line> Lines { get; init; } = [];

    public IReadOnlyList<AreaLayer> Areas { get; init; } = [];

    public IReadOnlyList<BarGroup> Bars { get; init; } = [];

    public Heatmap? Heatmap { get; init; }

    /// <summary>True when nothing in it differs from zero: such a panel is left out of its figure.</summary>
    public bool IsEmpty =>
        (Heatmap is null || Heatmap.Values.Cast<double>().All(v => v == 0 || double.IsNaN(v))) &&
        Lines.All(l => l.Y.All(v => v == 0 || double.IsNaN(v))) &&
        Areas.All(a => a.Values.All(v => v == 0)) &&
        Bars.All(g => g.Bars.All(b => b.Value == 0));
}
