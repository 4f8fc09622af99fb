using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Rendering;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Plots.Figures;

public class StandardFiguresTests
{
    private string _work = "";
    private RunResults _quickstart = null!;
    private RunResults _moderated = null!;
    private RunResults _reference = null!;

    [OneTimeSetUp]
    public void RunThreeScenarios()
    {
        _work = Directory.CreateTempSubdirectory("influencesim-figures").FullName;
        RunResults Run(string scenario, string name, int steps, int replicates)
        {
            var run = CliTestRun.Of("run", TestScenarios.ShippedScenario(scenario), "--out", Path.Combine(_work, name),
                "--steps", steps.ToString(System.Globalization.CultureInfo.InvariantCulture), "--replicates", replicates.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-plots");
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            return RunResults.Load(Path.Combine(_work, name));
        }

        _quickstart = Run("quickstart.json", "qs", 12, 3);
        _moderated = Run("moderation-strategies/combined.json", "mod", 24, 2);
        _reference = Run("nk-soft-power.json", "nk", 6, 2);
    }

    [OneTimeTearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    private static Figure Named(RunResults results, string name) => StandardFigures.For(results).Single(f => f.Name == name);

    [Test]
    public void EveryRunGetsTheStandardFiguresAndModeratedRunsOneMore()
    {
        Assert.That(StandardFigures.For(_quickstart).Select(f => f.Name), Is.EqualTo(new[]
        {
            "believers", "belief-states", "believers-by-segment", "final-believers", "falsehood-exposure-share", "impressions-by-language",
            "cascade-distributions", "cascade-virality",
        }));
        Assert.That(StandardFigures.For(_moderated).Select(f => f.Name).SkipLast(2).Last(), Is.EqualTo("moderation"));
    }

    [Test]
    public void CascadeDistributionsAreDrawnOnLogarithmsOfTheSummarysCurves()
    {
        var figure = Named(_quickstart, "cascade-distributions");
        var size = figure.Panels.Single(p => p.Title == "Size");
        foreach (var line in size.Lines)
        {
            var curve = _quickstart.Summary.Cascades!.Curves.Single(c => c.Narrative == line.Label).SizeCcdf;
            Assert.That(line.X, Is.EqualTo(curve.Select(p => Math.Log10(p.X))));
            Assert.That(line.Y, Is.EqualTo(curve.Select(p => Math.Log10(p.Value.Mean))));
            Assert.That(line.Y[0], Is.Zero, "every cascade has at least one post: a share of 1, at 10^0");
        }

        Assert.That(size.Y.Ticks!.Select(t => t.Label), Does.Contain("1").And.Contain("0.1"));
    }

    [Test]
    public void BandsContainTheMeanAndTheLastPointIsTheFinalValue()
    {
        foreach (var results in new[] { _quickstart, _moderated })
        {
            foreach (var line in Named(results, "believers").Panels.Single().Lines)
            {
                for (var step = 0; step < line.Y.Count; step++)
                {
                    Assert.That(line.Low![step], Is.LessThanOrEqualTo(line.Y[step]).And.GreaterThanOrEqualTo(0), $"{line.Label} at {step}");
                    Assert.That(line.High![step], Is.GreaterThanOrEqualTo(line.Y[step]), $"{line.Label} at {step}");
                }

                var final = results.Summary.Find(MetricCatalogue.Believers, line.Label)!.Final!.Mean;
                Assert.That(line.Y[^1], Is.EqualTo(final).Within(1e-9), line.Label);
            }
        }
    }

    [Test]
    public void TheBelieversFigureShowsTheMeanOverReplicates()
    {
        var line = Named(_quickstart, "believers").Panels.Single().Lines.Single(l => l.Label == "workers-paradise");
        var byReplicate = _quickstart.Series(new SeriesKey(MetricCatalogue.Believers, 0));
        var mean = Enumerable.Range(0, 13).Select(step => byReplicate.Average(r => r[step])).ToArray();
        Assert.That(line.Y, Is.EqualTo(mean).Within(1e-9));
        Assert.That(line.X[^1], Is.EqualTo(12), "hours: a 12-step run of 1 h steps");
    }

    [Test]
    public void ANarrativeKeepsItsColourInEveryScenarioAndFigure()
    {
        Dictionary<string, string> Colours(RunResults results) =>
            Named(results, "believers").Panels.Single().Lines.ToDictionary(l => l.Label, l => l.Style.Colour);
        var quickstart = Colours(_quickstart);
        var moderated = Colours(_moderated);
        var reference = Colours(_reference);
        Assert.Multiple(() =>
        {
            Assert.That(quickstart["workers-paradise"], Is.EqualTo(reference["workers-paradise"]));
            Assert.That(moderated["workers-paradise"], Is.EqualTo(reference["workers-paradise"]));
            Assert.That(moderated["human-rights-abuses"], Is.EqualTo(reference["human-rights-abuses"]), "whatever its position in the file");
            foreach (var (narrative, colour) in reference)
            {
                Assert.That(Palette.NarrativeColour(narrative), Is.EqualTo(colour));
                var bar = Named(_reference, "final-believers").Panels.Single().Bars.Single().Bars.Single(b => b.Category == narrative);
                Assert.That(bar.Colour, Is.EqualTo(colour), narrative);
            }

            Assert.That(reference.Values.Distinct().Count(), Is.EqualTo(reference.Count), "the shipped narratives have colours of their own");
        });
    }

    [Test]
    public void NarrativesThatShareAColourAreToldApartByDashes()
    {
        var ids = Enumerable.Range(0, 12).Select(i => $"narrative-{i}").ToArray();
        var styles = Palette.Narratives(ids);
        Assert.That(styles.Values.Distinct().Count(), Is.EqualTo(ids.Length));
    }

    [Test]
    public void LegendsListExactlyWhatIsDrawn()
    {
        foreach (var figure in StandardFigures.For(_moderated))
        {
            var drawn = figure.Panels.SelectMany(p => p.Lines.Select(l => l.Label).Concat(p.Areas.Select(a => a.Label))
                .Concat(p.Bars.Select(b => b.Label).OfType<string>())).Where(l => l.Length > 0).Distinct();
            Assert.That(figure.Legend.Select(e => e.Label), Is.EquivalentTo(drawn), figure.Name);
        }
    }

    [Test]
    public void TheBeliefStatesAxisEndsAtThePopulation()
    {
        var figure = Named(_quickstart, "belief-states");
        Assert.That(figure.Panels.Select(p => p.Y.Max), Is.All.EqualTo((double)_quickstart.Summary.Agents));
        foreach (var panel in figure.Panels)
        {
            var last = panel.Areas.Sum(a => a.Values[^1]);
            Assert.That(last, Is.EqualTo((double)_quickstart.Summary.Agents).Within(1e-6), "the layers stack up to the population");
        }
    }

    [Test]
    public void PanelsWithNothingToShowAreLeftOut()
    {
        var empty = new Panel("nothing", new Axis("x"), new Axis("y")) { Lines = [new Line("zero", new SeriesStyle("#000000"), [0, 1], [0, 0])] };
        var full = new Panel("something", new Axis("x"), new Axis("y")) { Lines = [new Line("one", new SeriesStyle("#000000"), [0, 1], [0, 1])] };
        var figure = new Figure("f", "F", "caption", [empty, full]);
        Assert.That(figure.Panels.Select(p => p.Title), Is.EqualTo(new[] { "something" }));
        Assert.That(figure.Legend.Select(e => e.Label), Is.EqualTo(new[] { "one" }));
        Assert.That(new Figure("g", "G", "caption", [empty]).IsEmpty, Is.True);
    }

    [Test]
    public void ModerationLinesAreCumulativeTotalsEndingAtTheSummaryTotal()
    {
        var figure = Named(_moderated, "moderation");
        var flagged = figure.Panels.SelectMany(p => p.Lines).Single(l => l.Label == "flagged");
        Assert.That(flagged.Y[^1], Is.EqualTo(_moderated.Summary.Find(MetricCatalogue.Flagged)!.Total!.Mean).Within(1e-9));
        Assert.That(flagged.Y.Zip(flagged.Y.Skip(1)).All(p => p.Second >= p.First), Is.True, "a running total never falls");
    }

    [Test]
    public void FiguresAreWrittenAsSvgAndPngIntoTheFiguresFolder()
    {
        var folder = Path.Combine(_work, "qs");
        var figures = StandardFigures.For(_quickstart);
        Assert.That(FigureFiles.Write(folder, figures), Is.EqualTo(figures.Count));
        var written = Path.Combine(folder, FigureFiles.Folder);
        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(written, "*.svg").Select(Path.GetFileNameWithoutExtension), Is.EquivalentTo(figures.Select(f => f.Name)));
            Assert.That(Directory.GetFiles(written, "*.png").Select(Path.GetFileNameWithoutExtension), Is.EquivalentTo(figures.Select(f => f.Name)));
            Assert.That(Directory.GetFiles(written, "*.tmp"), Is.Empty);
            var png = File.ReadAllBytes(Path.Combine(written, "believers.png"));
            Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG file");
            var svg = System.Xml.Linq.XDocument.Load(Path.Combine(written, "believers.svg")).Root!;
            Assert.That(svg.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(svg.Attribute("width")!.Value, Is.EqualTo(FigureRenderer.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(svg.ToString(), Does.Contain("workers-paradise"), "the legend is drawn");
        });
    }
}
