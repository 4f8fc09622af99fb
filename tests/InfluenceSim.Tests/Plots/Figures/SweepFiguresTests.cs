using InfluenceSim.Experiments;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Report;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Plots.Figures;

/// <summary>A small factorial sweep (two numeric parameters) and a Latin hypercube, plotted and reported.</summary>
public class SweepFiguresTests
{
    private string _work = "";
    private SweepResults _factorial = null!;
    private SweepResults _hypercube = null!;
    private SweepResults _decades = null!;

    [OneTimeSetUp]
    public void RunTwoSweeps()
    {
        _work = Directory.CreateTempSubdirectory("influencesim-sweep-figures").FullName;
        SweepResults Sweep(string name, string design, string parameters)
        {
            var file = Path.Combine(_work, $"{name}.sweep.json");
            File.WriteAllText(file, $$"""
                {
                  "name": "{{name}}", "scenario": "{{TestScenarios.ShippedScenario("quickstart.json")}}",
                  "design": {{design}},
                  "parameters": {{parameters}},
                  "replicates": 2, "seed": 3
                }
                """);
            var folder = Path.Combine(_work, name);
            var run = CliTestRun.Of("sweep", file, "--out", folder);
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            return SweepResults.Load(folder);
        }

        _factorial = Sweep("factorial", """{ "type": "factorial" }""", """
            [ { "path": "actors.state-media.postsPerDay", "values": [6, 24] },
              { "path": "segments.english-speakers.skepticism", "values": [0.2, 0.5, 0.8] } ]
            """);
        _hypercube = Sweep("hypercube", """{ "type": "latin-hypercube", "samples": 4 }""", """
            [ { "path": "actors.state-media.postsPerDay", "range": [6, 24] }, { "path": "segments.english-speakers.skepticism", "range": [0.2, 0.8] } ]
            """);
        _decades = Sweep("decades", """{ "type": "factorial" }""", """
            [ { "path": "actors.state-media.postsPerDay", "values": [0, 0.5, 5, 50] } ]
            """);
    }

    [OneTimeTearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    [Test]
    public void EachNumericParameterGetsAFigureAndTwoGetAHeatMap()
    {
        Assert.That(SweepFigures.For(_factorial).Select(f => f.Name), Is.EqualTo(new[]
        {
            "sweep-actors-state-media-postsperday", "sweep-segments-english-speakers-skepticism", "sweep-heatmap",
        }));
        Assert.That(SweepFigures.For(_hypercube).Select(f => f.Name), Does.Contain("sweep-actors-state-media-postsperday").And.Not.Contain("sweep-heatmap"));
    }

    [Test]
    public void AParameterSpanningDecadesIsDrawnOnALogAxisWithoutItsZero()
    {
        var figure = SweepFigures.For(_decades).Single();
        var panel = figure.Panels.Single(p => p.Title == "final_believers.workers-paradise");
        Assert.That(panel.X.Label, Does.EndWith("(log scale)"));
        Assert.That(panel.X.Ticks!.Select(t => t.Label), Is.EqualTo(new[] { "0.1", "1", "10", "100" }));
        Assert.That(panel.Lines.Single().X, Is.EqualTo(new[] { Math.Log10(0.5), Math.Log10(5), Math.Log10(50) }).Within(1e-12));
        Assert.That(figure.Caption, Does.Contain("points at 0 are in sweep-summary.csv but not drawn"));
        Assert.That(SweepFigures.For(_factorial)[0].Panels[0].X.Ticks, Is.Null, "6 and 24 stay on a linear axis");
    }

    [Test]
    public void LinesFollowEachPointsMeanWithOneLinePerLevelOfTheOtherParameter()
    {
        var figure = SweepFigures.For(_factorial)[0];
        var panel = figure.Panels.Single(p => p.Title == "final_believers.workers-paradise");
        Assert.That(panel.Lines.Select(l => l.Label), Is.EqualTo(new[]
        {
            "segments.english-speakers.skepticism = 0.2", "segments.english-speakers.skepticism = 0.5", "segments.english-speakers.skepticism = 0.8",
        }));
        foreach (var (point, summary) in _factorial.Points)
        {
            var line = panel.Lines.Single(l => l.Label.EndsWith($"= {point.Values[1]}", StringComparison.Ordinal));
            var at = line.X.ToList().IndexOf((double)point.Values[0]);
            var statistics = summary.Outcome("final_believers.workers-paradise");
            Assert.That(line.Y[at], Is.EqualTo(statistics.Mean));
            Assert.That(line.Low![at], Is.EqualTo(statistics.Ci95Low));
            Assert.That(line.High![at], Is.EqualTo(statistics.Ci95High));
        }
    }

    [Test]
    public void TheHeatMapHoldsEachPointsMean()
    {
        var panel = SweepFigures.For(_factorial).Single(f => f.Name == "sweep-heatmap").Panels.Single(p => p.Title == "falsehood_exposure_share");
        var map = panel.Heatmap!;
        Assert.That(map.Columns, Is.EqualTo(new[] { 6.0, 24.0 }));
        Assert.That(map.Rows, Is.EqualTo(new[] { 0.2, 0.5, 0.8 }));
        foreach (var (point, summary) in _factorial.Points)
        {
            var column = map.Columns.ToList().IndexOf((double)point.Values[0]);
            var row = map.Rows.ToList().IndexOf((double)point.Values[1]);
            Assert.That(map.Values[row, column], Is.EqualTo(summary.Outcome("falsehood_exposure_share").Mean));
        }
    }

    [Test]
    public void AHypercubeShowsItsPointsAlone()
    {
        var lines = SweepFigures.For(_hypercube)[0].Panels.SelectMany(p => p.Lines).ToArray();
        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines.Select(l => l.PointsOnly), Is.All.True);
        Assert.That(lines.Select(l => l.X.Count), Is.All.EqualTo(4));
    }

    [Test]
    public void PlotAndReportWorkOnASweepFolder()
    {
        var folder = _factorial.Folder;
        var plot = CliTestRun.Of("plot", folder);
        Assert.That(plot.ExitCode, Is.Zero, plot.Error);
        Assert.That(plot.Output, Does.Contain("3 figures written"));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "figures"), "*.png"), Has.Length.EqualTo(3));
        var report = CliTestRun.Of("report", folder);
        Assert.That(report.ExitCode, Is.Zero, report.Error);
        var html = File.ReadAllText(Path.Combine(folder, HtmlReport.FileName));
        Assert.That(html, Does.Contain("Outcomes per point").And.Contain("segments.english-speakers.skepticism").And.Contain("<svg"));
    }
}
