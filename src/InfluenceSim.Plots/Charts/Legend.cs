using System.Xml.Linq;
using static InfluenceSim.Plots.Svg.Svg;

namespace InfluenceSim.Plots.Charts;

/// <summary>A legend laid out in rows below the plot, so that it never covers data.</summary>
public sealed class Legend
{
    private const double RowHeight = 18;
    private const double Swatch = 14;
    private const double CharWidth = 6.6;
    private readonly List<(LegendItem Item, double X, int Row)> _placed = [];

    public Legend(IReadOnlyList<LegendItem> items, double width)
    {
        double x = 0;
        var row = 0;
        foreach (var item in items)
        {
            var itemWidth = Swatch + 6 + item.Label.Length * CharWidth + 16;
            if (x > 0 && x + itemWidth > width)
            {
                row++;
                x = 0;
            }

            _placed.Add((item, x, row));
            x += itemWidth;
        }

        Height = items.Count == 0 ? 0 : (row + 1) * RowHeight;
    }

    public double Height { get; }

    public XElement Render(double left, double top)
    {
        var group = Element("g", Attr("class", "legend"));
        foreach (var (item, x, row) in _placed)
        {
            var y = top + row * RowHeight;
            var swatch = item.Filled
                ? Rect(left + x, y + 2, Swatch, Swatch - 4, item.Colour)
                : Line(left + x, y + Swatch / 2, left + x + Swatch, y + Swatch / 2, item.Colour, 2.5, item.Dash);
            group.Add(swatch, Text(left + x + Swatch + 6, y + 11, item.Label, 11));
        }

        return group;
    }
}

/// <summary>One legend entry: a line (optionally dashed) or a filled swatch.</summary>
public sealed record LegendItem(string Label, string Colour, string? Dash = null, bool Filled = false);
