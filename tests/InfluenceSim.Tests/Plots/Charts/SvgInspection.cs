using System.Globalization;
using System.Xml.Linq;
using InfluenceSim.Plots.Svg;

namespace InfluenceSim.Tests.Plots.Charts;

/// <summary>Reads charts back: plot areas with their axis ranges, polylines and bars mapped back to data.</summary>
internal static class SvgInspection
{
    public static XDocument Parse(XElement svg) => XDocument.Parse(svg.ToString());

    public static IEnumerable<XElement> All(XContainer root, string name) => root.Descendants(Svg.Ns + name);

    public static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    /// <summary>Maps a pixel point of a plot area back to data coordinates.</summary>
    public static (double X, double Y) ToData(XElement plotArea, double px, double py)
    {
        var left = Number(plotArea, "data-left");
        var top = Number(plotArea, "data-top");
        var width = Number(plotArea, "data-width");
        var height = Number(plotArea, "data-height");
        var xMin = Number(plotArea, "data-x-min");
        var xMax = Number(plotArea, "data-x-max");
        var yMin = Number(plotArea, "data-y-min");
        var yMax = Number(plotArea, "data-y-max");
        return (xMin + (px - left) / width * (xMax - xMin), yMin + (top + height - py) / height * (yMax - yMin));
    }

    public static (double X, double Y)[] PolylineData(XElement plotArea, XElement polyline) =>
        polyline.Attribute("points")!.Value.Split(' ')
            .Select(p => p.Split(','))
            .Select(p => ToData(plotArea, double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToArray();

    /// <summary>Data units per pixel on each axis: how close a point read back from the SVG can be.</summary>
    public static (double X, double Y) Resolution(XElement plotArea) =>
        ((Number(plotArea, "data-x-max") - Number(plotArea, "data-x-min")) / Number(plotArea, "data-width"),
         (Number(plotArea, "data-y-max") - Number(plotArea, "data-y-min")) / Number(plotArea, "data-height"));
}
