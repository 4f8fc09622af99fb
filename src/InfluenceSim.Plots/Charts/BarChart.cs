using System.Xml.Linq;
using static InfluenceSim.Plots.Svg.Svg;

namespace InfluenceSim.Plots.Charts;

/// <summary>
/// Bars with error bars: a summary per category (narrative, language), each category with one bar per group
/// (for example impressions and exposures side by side).
/// </summary>
public sealed record BarChart(string Title, string YLabel, IReadOnlyList<string> Categories, IReadOnlyList<BarGroup> Groups)
{
    public double Width { get; init; } = LineChart.DefaultWidth;

    public double PlotHeight { get; init; } = 240;

    public XElement Render()
    {
        const double left = 66;
        const double top = 40;
        var width = Width - left - 18;
        var labelSpace = Categories.Count == 0 ? 20 : Math.Min(120, 14 + Categories.Max(c => c.Length) * 5.2);
        var rotate = Categories.Count * Categories.DefaultIfEmpty("").Max(c => c.Length) * 6.6 > width;
        var axisSpace = rotate ? labelSpace : 30;
        var legend = new Legend(Groups.Count > 1 ? Groups.Select(g => new LegendItem(g.Label, g.Colour, Filled: true)).ToList() : [], width);
        var height = top + PlotHeight + axisSpace + legend.Height + 12;
        var values = Groups.SelectMany(g => g.Values.Concat(g.High ?? [])).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var area = new PlotArea(left, top, width, PlotHeight, NiceScale.For(0, Math.Max(1, Categories.Count), 2, true), NiceScale.For(0, values.Max(), 6, true));
        var data = area.DataGroup();
        var slot = width / Math.Max(1, Categories.Count);
        var barWidth = slot * 0.7 / Math.Max(1, Groups.Count);
        var labels = Element("g", Attr("class", "categories"));
        for (var c = 0; c < Categories.Count; c++)
        {
            for (var g = 0; g < Groups.Count; g++)
            {
                var group = Groups[g];
                var x = left + c * slot + slot * 0.15 + g * barWidth;
                var y = area.PixelY(group.Values[c]);
                data.Add(Element("rect", Attr("class", "bar"), Attr("data-category", Categories[c]), Attr("data-group", group.Label),
                    Attr("x", x), Attr("y", y), Attr("width", barWidth * 0.92), Attr("height", Math.Max(0, area.PixelY(0) - y)),
                    Attr("fill", group.Colours?[c] ?? group.Colour)));
                if (group.Low is not null && group.High is not null && double.IsFinite(group.Low[c]) && double.IsFinite(group.High[c]))
                {
                    var centre = x + barWidth * 0.46;
                    var lowY = area.PixelY(group.Low[c]);
                    var highY = area.PixelY(group.High[c]);
                    data.Add(Element("g", Attr("class", "error-bar"),
                        Line(centre, lowY, centre, highY, "#222222", 1.2),
                        Line(centre - 4, lowY, centre + 4, lowY, "#222222", 1.2),
                        Line(centre - 4, highY, centre + 4, highY, "#222222", 1.2)));
                }
            }

            var labelX = left + (c + 0.5) * slot;
            var label = Text(labelX, top + PlotHeight + 16, Categories[c], 11, rotate ? "end" : "middle", "category");
            if (rotate) label.SetAttributeValue("transform", $"rotate(-35 {Number(labelX)} {Number(top + PlotHeight + 16)})");
            labels.Add(label);
        }

        return Document(Width, height, Title, [
            Text(left, 24, Title, 15, "start", "title", "bold"),
            area.Axes("", YLabel, xTicks: false),
            data,
            labels,
            legend.Render(left, top + PlotHeight + axisSpace),
        ]);
    }
}

/// <summary>One bar per category, with optional error bars from Low to High and optional per-category colours.</summary>
public sealed record BarGroup(string Label, string Colour, IReadOnlyList<double> Values,
    IReadOnlyList<double>? Low = null, IReadOnlyList<double>? High = null, IReadOnlyList<string>? Colours = null);
