using InfluenceSim.Plots.Charts;
using static InfluenceSim.Tests.Plots.Charts.SvgInspection;

namespace InfluenceSim.Tests.Plots.Charts;

public class BarAndAreaChartTests
{
    [Test]
    public void BarHeightsAndErrorBarsMapBackToTheValues()
    {
        double[] values = [120, 3400, 875];
        var chart = new BarChart("Final believers", "believers", ["a", "b", "c"],
            [new BarGroup("final", "#000", values, values.Select(v => v * 0.9).ToArray(), values.Select(v => v * 1.1).ToArray())]);
        var document = Parse(chart.Render());
        var area = All(document, "g").Single(g => g.Attribute("class")?.Value == "plot-area");
        var (_, dy) = Resolution(area);
        var tops = All(area, "rect").Select(bar => ToData(area, Number(bar, "x"), Number(bar, "y")).Y);
        Assert.That(tops, Is.EqualTo(values).Within(dy));
        var errorBars = All(area, "g").Where(g => g.Attribute("class")?.Value == "error-bar").ToList();
        Assert.That(errorBars, Has.Count.EqualTo(3));
        var first = All(errorBars[1], "line").First();
        var ends = new[] { Number(first, "y1"), Number(first, "y2") }.Select(y => ToData(area, 0, y).Y).Order().ToArray();
        Assert.That(ends, Is.EqualTo(new[] { 3060.0, 3740.0 }).Within(dy));
    }

    [Test]
    public void StackedLayersAddUpToTheTotal()
    {
        double[] x = [0, 1, 2];
        var chart = new StackedAreaChart("States", "time", "agents", x,
            [new StackedLayer("believers", "#f00", [0, 10, 30]), new StackedLayer("aware", "#0f0", [5, 20, 40]), new StackedLayer("unaware", "#ccc", [95, 70, 30])]);
        var document = Parse(chart.Render());
        var area = All(document, "g").Single(g => g.Attribute("class")?.Value == "plot-area");
        var top = All(area, "polygon").Last();
        var (_, dy) = Resolution(area);
        var upper = top.Attribute("points")!.Value.Split(' ').Take(3).Select(p => p.Split(','))
            .Select(p => ToData(area, double.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)).Y);
        Assert.That(upper, Is.EqualTo(new[] { 100.0, 100.0, 100.0 }).Within(dy));
    }

    [Test]
    public void SmallMultiplesDrawOnePanelEach()
    {
        var panels = Enumerable.Range(0, 5).Select(i => ($"segment {i}",
            (IPanelChart)new LineChart("", "t", "y", [new LineSeries("n", "#000", [0, 1], [i, i + 1])]))).ToList();
        var document = Parse(new SmallMultiples("By segment", panels, [new LegendItem("n", "#000")]).Render());
        Assert.That(All(document, "g").Count(g => g.Attribute("class")?.Value == "plot-area"), Is.EqualTo(5));
        Assert.That(All(document, "text").Where(t => t.Attribute("class")?.Value == "panel-title").Select(t => t.Value),
            Is.EqualTo(panels.Select(p => p.Item1)));
    }
}
