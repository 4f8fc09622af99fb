namespace InfluenceSim.Plots.Figures;

/// <summary>
/// A figure described as data: its file name, title, caption and panels. The legend lists exactly what the panels
/// draw, and panels with nothing to show are left out. A renderer turns it into SVG and PNG.
/// </summary>
public sealed record Figure
{
    public Figure(string name, string title, string caption, IReadOnlyList<Panel> panels)
    {
        Name = name;
        Title = title;
        Caption = caption;
        Panels = panels.Where(p => !p.IsEmpty).ToArray();
    }

    public string Name { get; }

    public string Title { get; }

    public string Caption { get; }

    public IReadOnlyList<Panel> Panels { get; }

    public int Columns { get; init; } = 2;

    /// <summary>Height of each panel in pixels, when there are several.</summary>
    public int PanelHeight { get; init; } = 300;

    /// <summary>True when no panel has anything to show (such a figure is not written).</summary>
    public bool IsEmpty => Panels.Count == 0;

    /// <summary>Each labelled line, area layer and bar group drawn, once, in the order first drawn.</summary>
    public IReadOnlyList<LegendEntry> Legend =>
        Panels.SelectMany(p => p.Lines.Select(l => new LegendEntry(l.Label, l.Style, false))
                .Concat(p.Areas.Select(a => new LegendEntry(a.Label, new SeriesStyle(a.Colour), true)))
                .Concat(p.Bars.Where(g => g.Label is not null).Select(g => new LegendEntry(g.Label!, new SeriesStyle(g.Colour), true))))
            .Where(e => e.Label.Length > 0)
            .Distinct()
            .ToArray();
}
