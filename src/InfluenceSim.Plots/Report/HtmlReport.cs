using System.Xml.Linq;
using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Scenarios;

using static InfluenceSim.Plots.Report.HtmlPage;

namespace InfluenceSim.Plots.Report;

/// <summary>
/// report.html: one self-contained page (no network needed) with the scenario, the run's provenance, every figure
/// inline (SVG) and the summary tables, all read from the typed results.
/// </summary>
public static class HtmlReport
{
    public const string FileName = ResultsFolder.ReportFile;
    public static void Write(string path, RunResults results, IReadOnlyList<Figure> figures) => HtmlPage.Write(path, Build(results, figures));

    public static string Build(RunResults results, IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(figures);
        var summary = results.Summary;
        return HtmlPage.Document($"InfluenceSim: {summary.Scenario}",
            E("h1", summary.Scenario),
            E("p", summary.Description),
            E("h2", "Run"),
            Provenance(results),
            E("h2", "Figures"),
            HtmlPage.Figures(figures),
            E("h2", "Summary"),
            E("p", new XAttribute("class", "note"),
                "Each value is the mean over replicates; brackets give the 95% confidence interval of the mean (Student's t, clipped to the range the " +
                "quantity can take). summary.json in the results folder has the standard deviations and the 2.5th to 97.5th percentile ranges."),
            Outcomes(summary),
            summary.Model == ScenarioModels.Platform
                ? [BySegment(summary, MetricCatalogue.Believers, "Final believers by segment"), ModerationByPlatform(results), Cascades(summary)]
                : new object?[] { BySegment(summary, null, "Final values by segment") },
            E("h2", "Reproduce"),
            E("p", "Run the same scenario with the same seed, replicates and steps; the time series and summary come out identical whatever the number of threads:"),
            E("pre", E("code", $"influencesim run {results.Manifest.ScenarioFile} --seed {results.Manifest.Seed} --replicates {summary.Replicates} --steps {summary.Steps}")));
    }

    private static XElement Provenance(RunResults results)
    {
        var m = results.Manifest;
        var rows = new (string, string?)[]
        {
            ("program", $"{m.Program} {m.Version}"),
            ("git commit", m.GitCommit ?? "unknown"),
            ("scenario file", m.ScenarioFile),
            ("scenario SHA-256", m.ScenarioSha256),
            ("seed", m.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("replicates", Numbers.Count(results.Summary.Replicates, "replicate")),
            ("steps", $"{results.Summary.Steps} of {Numbers.Format(results.Summary.StepHours)} h"),
            ("threads", m.Threads.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("started (UTC)", m.StartedUtc),
            ("wall time", $"{Numbers.Format(m.WallSeconds)} s"),
            ("machine", $"{m.Machine.Name}, {m.Machine.Os}, {Numbers.Count(m.Machine.Processors, "processor")}, {m.Machine.Runtime}"),
        };
        return E("table", new XAttribute("class", "facts"), E("tbody", rows.Select(r => E("tr", E("td", r.Item1), E("td", r.Item2 ?? "")))));
    }

    private static XElement Outcomes(RunSummary summary) =>
        E("div", E("h3", "Outcomes (per replicate, as in outcomes.csv)"),
            Table(["outcome", "mean [95% interval]"], summary.Outcomes.Select(o => new object[] { o.Key, Cell(o.Value) })));

    /// <summary>Final values per segment: of one metric per narrative, or of every state of a classic model.</summary>
    private static XElement BySegment(RunSummary summary, MetricDefinition? metric, string title)
    {
        var columns = metric is not null
            ? summary.Narratives.Select(n => (Header: n.Id, Find: (Func<string, SeriesSummary?>)(s => summary.Find(metric, n.Id, s)))).ToArray()
            : summary.ToLayout().Metrics.Where(m => m.Has(Slices.Segment))
                .Select(m => (Header: m.Name.Replace('_', ' '), Find: (Func<string, SeriesSummary?>)(s => summary.Find(m, segment: s)))).ToArray();
        var rows = summary.Segments.Select(segment => new object[] { segment.Id }.Concat(columns.Select(c => (object)Cell(c.Find(segment.Id)?.Final))));
        return E("div", E("h3", title), Table(["segment", .. columns.Select(c => c.Header)], rows));
    }

    /// <summary>Per narrative and sponsor, the typical and the large cascade (docs/cascades.md).</summary>
    private static XElement? Cascades(RunSummary summary)
    {
        if (summary.Cascades is not { } cascades) return null;
        var columns = new (string Header, Func<CascadeGroupSummary, SummaryStatistics?> Of)[]
        {
            ("cascades", g => g.Cascades),
            ("mean size", g => g.Measures["size"].Mean),
            ("99th percentile of size", g => g.Measures["size"].P99),
            ("share above 100 posts", g => g.ShareAbove100),
            ("mean depth", g => g.Measures["depth"].Mean),
            ("mean structural virality", g => g.Measures["structural_virality"].Mean),
            ("mean lifetime (hours)", g => g.Measures["lifetime_hours"].Mean),
        };
        var rows = cascades.Groups.Select(g => new object[] { g.Narrative ?? (g.Sponsor is { } sponsor ? $"sponsor {sponsor}" : "all") }
            .Concat(columns.Select(c => (object)Cell(c.Of(g)))));
        return E("div", E("h3", "Cascades (each statistic within a replicate, then over replicates)"),
            Table(["narrative", .. columns.Select(c => c.Header)], rows));
    }

    private static XElement? ModerationByPlatform(RunResults results)
    {
        var summary = results.Summary;
        if (!summary.Moderation) return null;
        var metrics = results.Layout.RecordedMetrics.Where(m => m.ModerationOnly).ToArray();
        SummaryStatistics? Of(MetricDefinition metric, string? platform) =>
            summary.Find(metric, platform: platform) is { } series ? series.Total ?? series.Peak : null;
        var rows = metrics.Select(m => new object[] { m.IsFlow ? m.Name.Replace('_', ' ') : "peak " + m.Name.Replace('_', ' '), Cell(Of(m, null)) }
            .Concat(summary.Platforms.Select(p => (object)Cell(Of(m, p)))));
        return E("div", E("h3", "Moderation (totals over the run)"), Table(["action", "all platforms", .. summary.Platforms], rows));
    }
}
