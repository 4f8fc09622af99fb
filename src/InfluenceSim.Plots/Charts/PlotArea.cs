using System.Xml.Linq;
using static InfluenceSim.Plots.Svg.Svg;

namespace InfluenceSim.Plots.Charts;

/// <summary>
/// The rectangle where data is drawn, with its two scales. Its SVG group carries the rectangle and the axis ranges
/// as data attributes, so that a drawn point can be mapped back to data (tests do).
/// </summary>
public sealed class PlotArea
{
    public PlotArea(double left, double top, double width, double height, NiceScale x, NiceScale y)
    {
        Left = left;
        Top = top;
        Width = width;
        Height = height;
        X = x;
        Y = y;
    }

    public double Left { get; }

    public double Top { get; }

    public double Width { get; }

    public double Height { get; }

    public NiceScale X { get; }

    public NiceScale Y { get; }

    public double PixelX(double x) => Left + (x - X.Min) / (X.Max - X.Min) * Width;

    public double PixelY(double y) => Top + Height - (y - Y.Min) / (Y.Max - Y.Min) * Height;

    /// <summary>The group that data marks go into.</summary>
    public XElement DataGroup(params object[] content) => Element("g",
        Attr("class", "plot-area"),
        Attr("data-left", Left), Attr("data-top", Top), Attr("data-width", Width), Attr("data-height", Height),
        new XAttribute("data-x-min", X.Min.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        new XAttribute("data-x-max", X.Max.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        new XAttribute("data-y-min", Y.Min.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        new XAttribute("data-y-max", Y.Max.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        content);

    /// <summary>Grid lines, ticks with their labels, the axis lines and the axis titles.</summary>
    public XElement Axes(string xLabel, string yLabel, bool xTicks = true)
    {
        var group = Element("g", Attr("class", "axes"));
        var yTicks = Element("g", Attr("class", "y-ticks"));
        foreach (var tick in Y.Ticks)
        {
            var py = PixelY(tick);
            group.Add(Line(Left, py, Left + Width, py, "#E5E5E5"));
            yTicks.Add(Tick(Left - 6, py + 4, tick, Y, "end"));
        }

        group.Add(yTicks);
        if (xTicks)
        {
            var xTickGroup = Element("g", Attr("class", "x-ticks"));
            foreach (var tick in X.Ticks)
            {
                var px = PixelX(tick);
                group.Add(Line(px, Top + Height, px, Top + Height + 4, "#444444"));
                xTickGroup.Add(Tick(px, Top + Height + 17, tick, X, "middle"));
            }

            group.Add(xTickGroup);
        }

        group.Add(Line(Left, Top + Height, Left + Width, Top + Height, "#444444"));
        group.Add(Line(Left, Top, Left, Top + Height, "#444444"));
        group.Add(Text(Left + Width / 2, Top + Height + 36, xLabel, 12, "middle", "axis-title"));
        var yTitle = Text(0, 0, yLabel, 12, "middle", "axis-title");
        yTitle.SetAttributeValue("transform", $"translate({Number(Left - 46)},{Number(Top + Height / 2)}) rotate(-90)");
        group.Add(yTitle);
        return group;
    }

    private static XElement Tick(double x, double y, double value, NiceScale scale, string anchor)
    {
        var text = Text(x, y, NumberFormat.Tick(value, scale.Step, Math.Max(Math.Abs(scale.Min), Math.Abs(scale.Max))), 11, anchor, "tick");
        text.SetAttributeValue("data-value", value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        return text;
    }
}
