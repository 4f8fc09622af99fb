using System.Text;
using System.Xml.Linq;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Rendering;

namespace InfluenceSim.Plots.Report;

/// <summary>The pieces of a self-contained report page: elements, tables, inline figures, the page and its file.</summary>
internal static class HtmlPage
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    private const string Style = """
        body { font-family: Helvetica, Arial, sans-serif; max-width: 980px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
        h1 { margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }
        th, td { border: 1px solid #ddd; padding: 0.3em 0.6em; text-align: right; vertical-align: top; }
        th:first-child, td:first-child { text-align: left; }
        th { background: #f4f4f4; }
        figure { margin: 1.5em 0; } figure svg { max-width: 100%; height: auto; } figcaption { font-size: 0.9em; color: #555; max-width: 800px; }
        code { background: #f4f4f4; padding: 0 0.2em; } .note { color: #555; font-size: 0.9em; }
        table.facts td { text-align: left; } table.facts td:first-child { font-weight: bold; }
        """;

    public static XElement E(string name, params object?[] content) => new(Html + name, content);

    public static XElement Table(IEnumerable<string> header, IEnumerable<IEnumerable<object>> rows) =>
        E("table",
            E("thead", E("tr", header.Select(h => E("th", h)))),
            E("tbody", rows.Select(row => E("tr", row.Select(cell => E("td", cell))))));

    public static string Cell(SummaryStatistics? statistics) =>
        statistics is null ? "" : Numbers.WithInterval(statistics.Mean, statistics.Ci95Low, statistics.Ci95High);

    /// <summary>Every figure with something to show, as inline SVG with its caption.</summary>
    public static IEnumerable<XElement> Figures(IReadOnlyList<Figure> figures) =>
        figures.Where(f => !f.IsEmpty).Select(f => E("figure", new XAttribute("id", "figure-" + f.Name), InlineSvg(f), E("figcaption", f.Caption)));

    public static string Document(string title, params object?[] body)
    {
        var html = new XElement(Html + "html", new XAttribute("lang", "en"),
            E("head", E("meta", new XAttribute("charset", "utf-8")), E("title", title), E("style", Style)),
            E("body", body));
        return "<!DOCTYPE html>\n" + html.ToString(SaveOptions.None) + "\n";
    }

    public static void Write(string path, string html) => AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(html)));

    private static XElement InlineSvg(Figure figure)
    {
        var svg = XElement.Parse(Encoding.UTF8.GetString(FigureRenderer.Svg(figure)));
        svg.SetAttributeValue("viewBox", $"0 0 {FigureRenderer.Width} {FigureRenderer.HeightOf(figure)}");
        svg.SetAttributeValue("role", "img");
        svg.SetAttributeValue("aria-label", figure.Title);
        return svg;
    }
}
