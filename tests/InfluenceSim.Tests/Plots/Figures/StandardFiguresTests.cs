using System.Xml.Linq;
using InfluenceSim.Plots.Charts;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Results;
using InfluenceSim.Plots.Svg;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Plots.Figures;

public class StandardFiguresTests
{
    private string _work = "";
    private RunResults _quickstart = null!;
    private RunResults _moderated = null!;

    [OneTimeSetUp]
    public void RunTwoScenarios()
    {
        _work = Directory.CreateTempSubdirectory("influencesim-figures").FullName;
        Assert.That(CliTestRun.Of("run", TestScenarios.ShippedScenario("quickstart.json"), "--out", Path.Combine(_work, "qs"),
            "--steps", "12", "--replicates", "3", "--no-plots").ExitCode, Is.Zero);
        Assert.That(CliTestRun.Of("run", TestScenarios.ShippedScenario("moderation-strategies/combined.json"), "--out", Path.Combine(_work, "mod"),
            "--steps", "24", "--replicates", "2", "--no-plots").ExitCode, Is.Zero);
        _quickstart = RunResults.Load(Path.Combine(_work, "qs"));
        _moderated = RunResults.Load(Path.Combine(_work, "mod"));
    }

    [OneTimeTearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    [Test]
    public void ResultsAreReadBackWithTheScenariosNames()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_quickstart.Replicates, Is.EqualTo(3));
            Assert.That(_quickstart.Steps, Is.EqualTo(12));
            Assert.That(_quickstart.Narratives, Is.EqualTo(new[] { "workers-paradise", "human-rights-record" }));
            Assert.That(_quickstart.Segments, Is.EqualTo(new[] { "english-speakers", "korean-speakers" }));
            Assert.That(_quickstart.FalsehoodNarratives, Is.EqualTo(new[] { "workers-paradise" }));
            Assert.That(_quickstart.Series("believers", "workers-paradise")[2][12], Is.GreaterThan(0));
            Assert.That(_quickstart.HasModeration, Is.False);
            Assert.That(_moderated.HasModeration, Is.True);
        });
    }

    [Test]
    public void EveryRunGetsTheStandardFiguresAndModeratedRunsOneMore()
    {
        Assert.That(StandardFigures.For(_quickstart).Select(f => f.Name), Is.EqualTo(new[]
        {
            "believers", "belief-states", "believers-by-segment", "final-believers", "falsehood-exposure-share", "impressions-by-language",
        }));
        Assert.That(StandardFigures.For(_moderated).Select(f => f.Name).Last(), Is.EqualTo("moderation"));
    }

    [Test]
    public void FiguresAreValidSvgOfTheDefaultWidth()
    {
        foreach (var figure in StandardFigures.For(_moderated))
        {
            var document = XDocument.Parse(figure.Svg.ToString());
            Assert.That(document.Root!.Name, Is.EqualTo(Svg.Ns + "svg"), figure.Name);
            Assert.That(document.Root.Attribute("width")!.Value, Is.EqualTo("600"), figure.Name);
            Assert.That(document.ToString(), Does.Not.Contain("NaN"), figure.Name);
        }
    }

    [Test]
    public void EachNarrativeKeepsItsColourAcrossFigures()
    {
        var figures = StandardFigures.For(_quickstart).ToDictionary(f => f.Name, f => f.Svg);
        string LineColour(string figure, string narrative) => figures[figure].Descendants(Svg.Ns + "polyline")
            .First(p => p.Attribute("data-label")?.Value == narrative).Attribute("stroke")!.Value;
        string BarColour(string narrative) => figures["final-believers"].Descendants(Svg.Ns + "rect")
            .First(r => r.Attribute("data-category")?.Value == narrative).Attribute("fill")!.Value;
        for (var n = 0; n < _quickstart.Narratives.Count; n++)
        {
            var narrative = _quickstart.Narratives[n];
            Assert.That(LineColour("believers", narrative), Is.EqualTo(Palette.Colour(n)));
            Assert.That(LineColour("believers-by-segment", narrative), Is.EqualTo(Palette.Colour(n)));
            Assert.That(BarColour(narrative), Is.EqualTo(Palette.Colour(n)));
        }
    }

    [Test]
    public void TheBelieversFigureShowsTheMeanOverReplicates()
    {
        var figure = StandardFigures.For(_quickstart).Single(f => f.Name == "believers").Svg;
        var area = figure.Descendants(Svg.Ns + "g").Single(g => g.Attribute("class")?.Value == "plot-area");
        var line = area.Descendants(Svg.Ns + "polyline").First(p => p.Attribute("data-label")?.Value == "workers-paradise");
        var drawn = Charts.SvgInspection.PolylineData(area, line).Select(p => p.Y).ToArray();
        var byReplicate = _quickstart.Series("believers", "workers-paradise");
        var mean = Enumerable.Range(0, 13).Select(step => byReplicate.Average(r => r[step])).ToArray();
        Assert.That(drawn, Is.EqualTo(mean).Within(Charts.SvgInspection.Resolution(area).Y));
    }

    [Test]
    public void FigureFilesAreWrittenIntoTheFiguresFolder()
    {
        var folder = Path.Combine(_work, "qs");
        FigureWriter.Write(folder, StandardFigures.For(_quickstart));
        var written = Directory.GetFiles(Path.Combine(folder, FigureWriter.Folder), "*.svg").Select(Path.GetFileNameWithoutExtension);
        Assert.That(written, Is.EquivalentTo(StandardFigures.For(_quickstart).Select(f => f.Name)));
        Assert.That(Directory.GetFiles(Path.Combine(folder, FigureWriter.Folder), "*.tmp"), Is.Empty);
    }
}
