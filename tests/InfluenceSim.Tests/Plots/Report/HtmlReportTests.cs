using System.Xml;
using System.Xml.Linq;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Report;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Plots.Report;

public class HtmlReportTests
{
    private string _work = "";

    [OneTimeSetUp]
    public void Run()
    {
        _work = Directory.CreateTempSubdirectory("influencesim-report").FullName;
        Assert.That(CliTestRun.Of("run", TestScenarios.ShippedScenario("moderation-strategies/labels.json"), "--out", _work + "/run",
            "--steps", "12", "--replicates", "2", "--no-plots").ExitCode, Is.Zero);
    }

    [OneTimeTearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    private static XDocument ParseHtml(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Test]
    public void TheReportIsWellFormedAndHoldsEveryFigureAndTable()
    {
        var results = RunResults.Load(_work + "/run");
        var figures = StandardFigures.For(results);
        var html = HtmlReport.Build(results, figures);
        var document = ParseHtml(html);
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(document.Descendants(xhtml + "h1").Single().Value, Is.EqualTo("labels"));
            Assert.That(html, Does.Contain(results.Summary.Description));
            Assert.That(document.Descendants((XNamespace)"http://www.w3.org/2000/svg" + "svg").Count(), Is.EqualTo(figures.Count));
            Assert.That(document.Descendants(xhtml + "figure").Select(f => f.Attribute("id")!.Value),
                Is.EqualTo(figures.Select(f => "figure-" + f.Name)));
            Assert.That(document.Descendants(xhtml + "h3").Select(h => h.Value), Does.Contain("Moderation (totals over the run)"));
            var cascades = document.Descendants(xhtml + "h3").Single(h => h.Value.StartsWith("Cascades", StringComparison.Ordinal)).Parent!;
            Assert.That(cascades.Descendants(xhtml + "tr").Skip(1).Select(r => r.Elements().First().Value),
                Is.EqualTo(results.Summary.Narratives.Select(n => n.Id).Concat(results.Layout.Sponsors.Select(s => "sponsor " + s)).Append("all")),
                "a row per narrative, per sponsor and for all cascades");
            Assert.That(html, Does.Contain(results.Manifest.ScenarioSha256));
            Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "https?://[^\"<\\s]*").Select(m => m.Value).Distinct(),
                Is.SubsetOf(new[] { "http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink" }), "no address but XML namespaces");
            Assert.That(document.Descendants().Any(e => e.Name.LocalName is "script" or "link" or "img"), Is.False, "self-contained");
        });
    }

    [Test]
    public void TheReportCommandWritesReportHtml()
    {
        var run = CliTestRun.Of("report", _work + "/run");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.Exists(Path.Combine(_work, "run", HtmlReport.FileName)), Is.True);
        Assert.DoesNotThrow(() => ParseHtml(File.ReadAllText(Path.Combine(_work, "run", HtmlReport.FileName))));
    }
}
