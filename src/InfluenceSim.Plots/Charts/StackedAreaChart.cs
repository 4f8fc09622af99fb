using System.Xml.Linq;
using static InfluenceSim.Plots.Svg.Svg;

namespace InfluenceSim.Plots.Charts;

/// <summary>Layers stacked bottom-up over x (belief states adding up to the population), as filled areas.</summary>
public sealed record StackedAreaChart(string Title, string XLabel, string YLabel, IReadOnlyList<double> X, IReadOnlyList<StackedLayer> Layers) : IPanelChart
{
    public double Width { get; init; } = LineChart.DefaultWidth;

    public double PlotHeight { get; init; } = 180;

    /// <summary>The x scale, for example a time axis; by default nice numbers around the data.</summary>
    public NiceScale? XScale { get; init; }

    public XElement Render()
    {
        const double left = 66;
        const double top = 40;
        var legend = new Legend(Layers.Select(l => new LegendItem(l.Label, l.Colour, Filled: true)).ToList(), Width - left - 18);
        var height = top + PlotHeight + 48 + legend.Height + 10;
        return Document(Width, height, Title, [
            Text(left, 24, Title, 15, "start", "title", "bold"),
            Draw(left, top, Width - left - 18, PlotHeight),
            legend.Render(left, top + PlotHeight + 48),
        ]);
    }

    public XElement Draw(double left, double top, double width, double height)
    {
        var totals = X.Select((_, i) => Layers.Sum(l => l.Values[i])).ToArray();
        var area = new PlotArea(left, top, width, height,
            XScale ?? (X.Count == 0 ? NiceScale.For(0, 1, 7, true) : NiceScale.For(X.Min(), X.Max(), 7, true)),
            NiceScale.For(0, totals.Length == 0 ? 1 : totals.Max(), 5, true));
        var data = area.DataGroup();
        var below = new double[X.Count];
        foreach (var layer in Layers)
        {
            var above = below.Select((b, i) => b + layer.Values[i]).ToArray();
            var upper = X.Select((x, i) => (area.PixelX(x), area.PixelY(above[i])));
            var lower = X.Select((x, i) => (area.PixelX(x), area.PixelY(below[i]))).Reverse();
            data.Add(Element("polygon", Attr("class", "layer"), Attr("data-label", layer.Label), Attr("points", Points(upper.Concat(lower))),
                Attr("fill", layer.Colour), Attr("stroke", layer.Colour), Attr("stroke-width", 0.5)));
            below = above;
        }

        return Element("g", area.Axes(XLabel, YLabel), data);
    }
}

/// <summary>One layer of a stacked area chart.</summary>
public sealed record StackedLayer(string Label, string Colour, IReadOnlyList<double> Values);
