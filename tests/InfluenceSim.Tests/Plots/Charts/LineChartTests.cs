using InfluenceSim.Plots.Charts;
using static InfluenceSim.Tests.Plots.Charts.SvgInspection;

namespace InfluenceSim.Tests.Plots.Charts;

public class LineChartTests
{
    private static readonly double[] Time = [0, 1, 2, 3, 4, 5, 6];

    private static LineChart Chart(params LineSeries[] series) => new("Believers", "time (hours)", "believers", series);

    [Test]
    public void DrawnPointsMapBackToTheData()
    {
        double[] a = [0, 120, 480, 950, 1300, 1410, 1402];
        double[] b = [50, 60, 75, 90, 100, 180, 400];
        var document = Parse(Chart(new LineSeries("a", Palette.Colour(0), Time, a), new LineSeries("b", Palette.Colour(1), Time, b)).Render());
        var area = All(document, "g").Single(g => g.Attribute("class")?.Value == "plot-area");
        var lines = All(area, "polyline").ToList();
        var (dx, dy) = Resolution(area);
        Assert.That(lines, Has.Count.EqualTo(2));
        foreach (var (line, data) in lines.Zip(new[] { a, b }))
        {
            var points = PolylineData(area, line);
            Assert.That(points.Select(p => p.X), Is.EqualTo(Time).Within(dx));
            Assert.That(points.Select(p => p.Y), Is.EqualTo(data).Within(dy));
        }
    }

    [Test]
    public void TheBandSpansLowToHigh()
    {
        double[] mean = [1, 2, 3, 4, 5, 6, 7];
        var series = new LineSeries("a", Palette.Colour(0), Time, mean, mean.Select(v => v - 0.5).ToArray(), mean.Select(v => v + 0.5).ToArray());
        var document = Parse(Chart(series).Render());
        var area = All(document, "g").Single(g => g.Attribute("class")?.Value == "plot-area");
        var band = All(area, "polygon").Single();
        var points = band.Attribute("points")!.Value.Split(' ').Select(p => p.Split(',')).Select(p => ToData(area,
            double.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var (_, dy) = Resolution(area);
        Assert.That(points.Take(7).Select(p => p.Y), Is.EqualTo(mean.Select(v => v + 0.5)).Within(dy), "upper edge");
        Assert.That(points.Skip(7).Reverse().Select(p => p.Y), Is.EqualTo(mean.Select(v => v - 0.5)).Within(dy), "lower edge");
    }

    [Test]
    public void YTicksAreNiceAndCoverTheData()
    {
        double[] data = [3, 17, 230, 1234];
        var document = Parse(Chart(new LineSeries("a", "#000", [0, 1, 2, 3], data)).Render());
        var ticks = All(document, "g").Single(g => g.Attribute("class")?.Value == "y-ticks").Elements()
            .Select(t => Number(t, "data-value")).ToArray();
        Assert.That(ticks[0], Is.LessThanOrEqualTo(data.Min()));
        Assert.That(ticks[^1], Is.GreaterThanOrEqualTo(data.Max()));
        var step = ticks[1] - ticks[0];
        Assert.That(ticks.Zip(ticks.Skip(1)).Select(p => p.Second - p.First), Has.All.EqualTo(step).Within(1e-9));
    }

    [Test]
    public void TheLegendSitsBelowThePlot()
    {
        var document = Parse(Chart(new LineSeries("a", "#000", Time, Time), new LineSeries("b", "#111", Time, Time)).Render());
        var area = All(document, "g").Single(g => g.Attribute("class")?.Value == "plot-area");
        var plotBottom = Number(area, "data-top") + Number(area, "data-height");
        var legendTexts = All(All(document, "g").Single(g => g.Attribute("class")?.Value == "legend"), "text");
        Assert.That(legendTexts.Select(t => Number(t, "y")), Has.All.GreaterThan(plotBottom));
        Assert.That(legendTexts.Select(t => t.Value), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void CountsNeverShowANegativeAxisEvenWhenTheIntervalDoes()
    {
        var series = new LineSeries("a", "#000", [0, 1, 2], [0, 1, 3], [-2, -1, 1], [2, 3, 5]);
        var document = Parse(Chart(series).Render());
        var area = All(document, "g").Single(g => g.Attribute("class")?.Value == "plot-area");
        Assert.That(Number(area, "data-y-min"), Is.Zero);
    }

    [Test]
    public void EmptyConstantSingleStepAndUndefinedSeriesDrawWithoutErrors()
    {
        var charts = new[]
        {
            Chart(),
            Chart(new LineSeries("empty", "#000", [], [])),
            Chart(new LineSeries("constant", "#000", Time, Time.Select(_ => 42.0).ToArray())),
            Chart(new LineSeries("zeros", "#000", Time, Time.Select(_ => 0.0).ToArray())),
            Chart(new LineSeries("one step", "#000", [0], [5], [4], [6])),
            Chart(new LineSeries("undefined", "#000", [0, 1, 2], [double.NaN, 0.3, 0.25])),
        };
        foreach (var chart in charts)
        {
            var document = Parse(chart.Render());
            Assert.That(document.Root!.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(document.ToString(), Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
        }
    }
}
