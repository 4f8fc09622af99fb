using System.Text;
using System.Xml.Linq;
using InfluenceSim.Plots.Charts;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Results;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Plots.Report;

/// <summary>
/// report.html: one self-contained page (no network needed) with the scenario, the run's provenance, every figure
/// inline and the summary tables. Written as well-formed XHTML-compatible HTML.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "report.html";
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    private const string Style = """
        body { font-family: Helvetica, Arial, sans-serif; max-width: 980px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
        h1 { margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }
        th, td { border: 1px solid #ddd; padding: 0.3em 0.6em; text-align: right; vertical-align: top; }
        th:first-child, td:first-child { text-align: left; }
        th { background: #f4f4f4; }
        figure { margin: 1.5em 0; } figcaption { font-size: 0.9em; color: #555; max-width: 600px; }
        code { background: #f4f4f4; padding: 0 0.2em; } .note { color: #555; font-size: 0.9em; }
        table.facts td { text-align: left; } table.facts td:first-child { font-weight: bold; }
        """;

    public static void Write(string path, RunResults results, IReadOnlyList<Figure> figures)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Build(results, figures), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    public static string Build(RunResults results, IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(figures);
        var body = E("body",
            E("h1", results.Name),
            E("p", results.Description),
            E("h2", "Run"),
            Provenance(results),
            E("h2", "Figures"),
            figures.Select(f => E("figure", new XAttribute("id", "figure-" + f.Name), new XElement(f.Svg), E("figcaption", f.Caption))),
            E("h2", "Summary"),
            E("p", new XAttribute("class", "note"),
                "Each value is the mean over replicates; brackets give the 95% confidence interval of the mean (Student's t). " +
                "summary.json in the results folder has the standard deviations and the 2.5th to 97.5th percentile ranges."),
            results.Model == "platform" ? new object?[] { Narratives(results), BySegment(results), Voice(results), Languages(results), Moderation(results) } : ClassicTables(results),
            E("h2", "Reproduce"),
            E("p", "Run the same scenario with the same seed, replicates and steps; the time series and summary come out identical whatever the number of threads:"),
            E("pre", E("code", Reproduce(results))));
        var html = new XElement(Html + "html", new XAttribute("lang", "en"),
            E("head", E("meta", new XAttribute("charset", "utf-8")), E("title", $"InfluenceSim: {results.Name}"), E("style", Style)),
            body);
        return "<!DOCTYPE html>\n" + html.ToString(SaveOptions.None) + "\n";
    }

    private static XElement E(string name, params object?[] content) => new(Html + name, content);

    private static XElement Table(IEnumerable<string> header, IEnumerable<IEnumerable<object>> rows) =>
        E("table",
            E("thead", E("tr", header.Select(h => E("th", h)))),
            E("tbody", rows.Select(row => E("tr", row.Select(cell => E("td", cell))))));

    private static XElement Provenance(RunResults results)
    {
        var m = results.Manifest;
        var machine = m["machine"] as JObject;
        var rows = new (string, string?)[]
        {
            ("program", $"{m.Value<string>("program")} {m.Value<string>("version")}"),
            ("git commit", m.Value<string>("gitCommit") ?? "unknown"),
            ("scenario file", m.Value<string>("scenarioFile")),
            ("scenario SHA-256", m.Value<string>("scenarioSha256")),
            ("seed", m["seed"]?.ToString()),
            ("replicates", results.Replicates.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("steps", $"{results.Steps} of {results.StepHours} h"),
            ("threads", m["threads"]?.ToString()),
            ("started (UTC)", m.Value<string>("startedUtc")),
            ("wall time", $"{m["wallSeconds"]} s"),
            ("machine", machine is null ? null : $"{machine.Value<string>("name")}, {machine.Value<string>("os")}, {machine["processors"]} processors, {machine.Value<string>("runtime")}"),
        };
        return E("table", new XAttribute("class", "facts"),
            E("tbody", rows.Select(r => E("tr", E("td", r.Item1), E("td", r.Item2 ?? "")))));
    }

    private static string Cell(JToken? statistics, int digits = 0)
    {
        if (statistics is not JObject s) return "";
        var mean = s.Value<double>("mean");
        string Format(double v) => digits > 0 ? v.ToString("F" + digits, System.Globalization.CultureInfo.InvariantCulture) : NumberFormat.Value(v);
        return s["ci95"] is JArray ci ? $"{Format(mean)} [{Format(ci[0].Value<double>())}, {Format(ci[1].Value<double>())}]" : Format(mean);
    }

    private static XElement[] ClassicTables(RunResults results)
    {
        var metrics = (results.Summary["metrics"] as JObject ?? []).Properties()
            .Select(p => new object[] { p.Name.Replace('_', ' '), Cell(p.Value["final"]), Cell(p.Value["peak"]) });
        var segments = (results.Summary["segments"] as JObject ?? []).Properties().ToList();
        var names = segments.SelectMany(s => ((JObject)s.Value).Properties().Select(p => p.Name)).Distinct().ToList();
        var bySegment = segments.Select(s => new object[] { s.Name }.Concat(names.Select(n => (object)Cell(s.Value[n]?["final"]))));
        return
        [
            E("div", E("h3", $"{results.Model}: final and peak values"), Table(["metric", "final", "peak"], metrics)),
            E("div", E("h3", "Final values by segment"), Table(new[] { "segment" }.Concat(names.Select(n => n.Replace('_', ' '))), bySegment)),
        ];
    }

    private static XElement Narratives(RunResults results)
    {
        var rows = results.Narratives.Select(id =>
        {
            var n = results.Summary["narratives"]?[id];
            return new object[]
            {
                id, n?.Value<string>("sponsor") ?? "", n?.Value<bool?>("falsehood") == true ? "yes" : "no",
                Cell(n?["finalBelievers"]), Cell(n?["peakBelievers"]), Cell(n?["totalExposures"]), Cell(n?["exposureShare"], 3),
            };
        });
        return E("div", E("h3", "Narratives"),
            Table(["narrative", "sponsor", "falsehood", "final believers", "peak believers", "exposures", "share of exposures"], rows));
    }

    private static XElement BySegment(RunResults results)
    {
        var rows = results.Segments.Select(segment => new object[] { segment }
            .Concat(results.Narratives.Select(id => (object)Cell(results.Summary["narratives"]?[id]?["segments"]?[segment]?["finalBelievers"]))));
        return E("div", E("h3", "Final believers by segment"), Table(new[] { "segment" }.Concat(results.Narratives), rows));
    }

    private static XElement Voice(RunResults results)
    {
        var rows = new List<object[]> { new object[] { "falsehood exposure share", Cell(results.Summary["falsehoodExposureShare"], 3) } };
        rows.AddRange((results.Summary["shareOfVoice"] as JObject ?? []).Properties()
            .Select(p => new object[] { $"share of voice: {p.Name}", Cell(p.Value, 3) }));
        return E("div", E("h3", "Exposure"), Table(["measure", "share of understood exposures"], rows));
    }

    private static XElement Languages(RunResults results)
    {
        var rows = results.Languages.Select(l =>
        {
            var language = results.Summary["languages"]?[l];
            return new object[] { l, Cell(language?["impressions"]), Cell(language?["exposures"]), Cell(language?["understoodShare"], 3) };
        });
        return E("div", E("h3", "By language of the post"), Table(["language", "impressions", "exposures", "share understood"], rows));
    }

    private static XElement? Moderation(RunResults results)
    {
        if (results.Summary["moderation"] is not JObject moderation) return null;
        var total = moderation["total"] as JObject ?? [];
        var platforms = (moderation["platforms"] as JObject ?? []).Properties().ToList();
        var rows = total.Properties().Select(p => new object[] { p.Name.Replace('_', ' '), Cell(p.Value) }
            .Concat(platforms.Select(platform => (object)Cell(platform.Value[p.Name]))));
        return E("div", E("h3", "Moderation (totals over the run)"),
            Table(new[] { "action", "all platforms" }.Concat(platforms.Select(p => p.Name)), rows));
    }

    private static string Reproduce(RunResults results)
    {
        var m = results.Manifest;
        return $"influencesim run {m.Value<string>("scenarioFile")} --seed {m["seed"]} --replicates {results.Replicates} --steps {results.Steps}";
    }
}
