using System.Globalization;
using System.Xml.Linq;

namespace InfluenceSim.Plots.Svg;

/// <summary>Small helpers to build SVG elements; XElement does the escaping, so any text is safe.</summary>
public static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    public const string FontFamily = "Helvetica, Arial, sans-serif";

    public static XElement Element(string name, params object?[] content) => new(Ns + name, content);

    public static XAttribute Attr(string name, double value) => new(name, Number(value));

    public static XAttribute Attr(string name, string value) => new(name, value);

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static XElement Text(double x, double y, string text, double size = 12, string anchor = "start", string? cssClass = null, string weight = "normal") =>
        Element("text", Attr("x", x), Attr("y", y), Attr("font-size", size), Attr("text-anchor", anchor),
            Attr("font-family", FontFamily), weight == "normal" ? null : Attr("font-weight", weight),
            cssClass is null ? null : Attr("class", cssClass), Attr("fill", "#222222"), text);

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null) =>
        Element("line", Attr("x1", x1), Attr("y1", y1), Attr("x2", x2), Attr("y2", y2), Attr("stroke", stroke), Attr("stroke-width", width),
            dash is null ? null : Attr("stroke-dasharray", dash));

    public static XElement Rect(double x, double y, double width, double height, string fill, string? stroke = null) =>
        Element("rect", Attr("x", x), Attr("y", y), Attr("width", Math.Max(0, width)), Attr("height", Math.Max(0, height)), Attr("fill", fill),
            stroke is null ? null : Attr("stroke", stroke));

    public static string Points(IEnumerable<(double X, double Y)> points) =>
        string.Join(" ", points.Select(p => $"{Number(p.X)},{Number(p.Y)}"));

    /// <summary>A standalone SVG document of the given size with a white background.</summary>
    public static XElement Document(double width, double height, string title, IEnumerable<object> content) =>
        Element("svg", Attr("width", width), Attr("height", height), Attr("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            new XAttribute("version", "1.1"),
            Element("title", title),
            Rect(0, 0, width, height, "#FFFFFF"),
            content);
}
