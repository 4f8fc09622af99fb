using System.Xml.Linq;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using Newtonsoft.Json;
using static InfluenceSim.Plots.Report.HtmlPage;

namespace InfluenceSim.Plots.Report;

/// <summary>report.html of a sweep: what was varied, the figures, and per point each outcome's mean with its 95% interval.</summary>
public static class SweepReport
{
    public static void Write(string path, SweepResults sweep, IReadOnlyList<Figure> figures) => HtmlPage.Write(path, Build(sweep, figures));

    public static string Build(SweepResults sweep, IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(figures);
        var description = sweep.Description;
        var outcomes = sweep.Points[0].Summary.Outcomes.Keys.ToArray();
        var facts = new (string, string)[]
        {
            ("sweep file", description.SweepFile),
            ("SHA-256", description.SweepSha256),
            ("design", description.Design),
            ("parameters", string.Join(", ", description.Parameters)),
            ("points finished", $"{sweep.Points.Count} of {description.Points.Count}"),
            ("replicates per point", Numbers.Count(sweep.Points[0].Summary.Replicates, "replicate")),
        };
        return Document($"InfluenceSim sweep: {description.Name}",
            E("h1", description.Name),
            E("p", description.Description),
            E("h2", "Sweep"),
            E("table", new XAttribute("class", "facts"), E("tbody", facts.Select(f => E("tr", E("td", f.Item1), E("td", f.Item2))))),
            E("h2", "Figures"),
            HtmlPage.Figures(figures),
            E("h2", "Outcomes per point"),
            E("p", new XAttribute("class", "note"), "Mean over the point's replicates [95% interval of the mean]; sweep.csv has every replicate and sweep-summary.csv the standard deviations."),
            Table(["point", .. description.Parameters, .. outcomes],
                sweep.Points.Select(p => new object[] { p.Point.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                    .Concat(p.Point.Values.Select(v => (object)v.ToString(Formatting.None)))
                    .Concat(outcomes.Select(o => (object)Cell(p.Summary.Outcome(o)))))));
    }
}
