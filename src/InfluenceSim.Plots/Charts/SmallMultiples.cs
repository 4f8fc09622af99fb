using System.Xml.Linq;
using static InfluenceSim.Plots.Svg.Svg;

namespace InfluenceSim.Plots.Charts;

/// <summary>
/// Panels in a grid (one per segment, say), with one legend for all. Each panel has its own y scale, so that
/// small segments stay readable; each panel's title says what it shows.
/// </summary>
public sealed record SmallMultiples(string Title, IReadOnlyList<(string Title, IPanelChart Chart)> Panels, IReadOnlyList<LegendItem> LegendItems)
{
    private const double Top = 40;
    private const double PanelTitle = 18;
    private const double PanelLeft = 58;
    private const double PanelRight = 14;
    private const double PanelBottom = 46;

    public double Width { get; init; } = LineChart.DefaultWidth;

    public int Columns { get; init; } = 2;

    public double PanelPlotHeight { get; init; } = 110;

    public XElement Render()
    {
        var columns = Math.Max(1, Math.Min(Columns, Panels.Count));
        var rows = (Panels.Count + columns - 1) / columns;
        var panelWidth = Width / columns;
        var panelHeight = PanelTitle + PanelPlotHeight + PanelBottom;
        var legend = new Legend(LegendItems, Width - 2 * PanelLeft);
        var height = Top + rows * panelHeight + legend.Height + 12;
        var content = new List<object> { Text(PanelLeft, 24, Title, 15, "start", "title", "bold") };
        for (var i = 0; i < Panels.Count; i++)
        {
            var x = (i % columns) * panelWidth;
            var y = Top + (i / columns) * panelHeight;
            content.Add(Element("g", Attr("class", "panel"),
                Text(x + PanelLeft, y + 12, Panels[i].Title, 12, "start", "panel-title", "bold"),
                Panels[i].Chart.Draw(x + PanelLeft, y + PanelTitle, panelWidth - PanelLeft - PanelRight, PanelPlotHeight)));
        }

        content.Add(legend.Render(PanelLeft, Top + rows * panelHeight));
        return Document(Width, height, Title, content);
    }
}
