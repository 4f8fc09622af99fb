using InfluenceSim.Classic;
using InfluenceSim.Plots.Charts;
using InfluenceSim.Plots.Results;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// The figures of a classic-model run: its states (compartments, active nodes or mean opinion) over the steps,
/// the same per segment when there are several, and for the bounded-confidence models the spread of opinions and
/// the number of opinion clusters.
/// </summary>
public static class ClassicFigures
{
    private const string StepLabel = "step";

    public static IReadOnlyList<Figure> For(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var states = results.Metrics.Where(m => !ClassicMetrics.IsPopulationOnly(m)).ToList();
        var x = Enumerable.Range(0, results.Steps + 1).Select(s => (double)s).ToArray();
        var note = results.Replicates > 1 ? $"mean of {results.Replicates} replicates, shaded: 95% interval of the mean" : "one replicate";
        LineSeries Line(string metric, int colour, string segment = "")
        {
            var band = Band.Of(results.Series(metric, "", segment));
            return new LineSeries(metric.Replace('_', ' '), Palette.Colour(colour), x, band.Mean,
                results.Replicates > 1 ? band.Low : null, results.Replicates > 1 ? band.High : null, Palette.Dash(colour));
        }

        var unit = states.Contains(ClassicMetrics.OpinionMean) ? "mean opinion" : "nodes";
        var figures = new List<Figure>
        {
            new("states", $"{results.Model}: {string.Join(", ", states.Select(s => s.Replace('_', ' ')))} over the steps ({note}).",
                new LineChart($"{results.Model}: states over time", StepLabel, unit, states.Select((m, i) => Line(m, i)).ToList()).Render()),
        };
        if (results.Segments.Count > 1)
        {
            var panels = results.Segments.Select(segment =>
                (segment, (IPanelChart)new LineChart(segment, StepLabel, unit, states.Select((m, i) => Line(m, i, segment)).ToList()))).ToList();
            var legend = states.Select((m, i) => new LegendItem(m.Replace('_', ' '), Palette.Colour(i), Palette.Dash(i))).ToList();
            figures.Add(new Figure("states-by-segment", $"The same per segment; each panel has its own scale ({note}).",
                new SmallMultiples($"{results.Model}: states by segment", panels, legend).Render()));
        }

        if (results.Metrics.Contains(ClassicMetrics.Clusters))
        {
            var panels = new List<(string, IPanelChart)>
            {
                ("Spread of opinions", new LineChart("", StepLabel, "standard deviation", [Line(ClassicMetrics.OpinionSd, 0)])),
                ("Opinion clusters", new LineChart("", StepLabel, "major clusters", [Line(ClassicMetrics.Clusters, 1)])),
            };
            figures.Add(new Figure("opinion-clusters", $"Spread of opinions and number of major opinion clusters ({note}).",
                new SmallMultiples($"{results.Model}: spread and clusters", panels,
                    [new LegendItem("opinion sd", Palette.Colour(0)), new LegendItem("clusters", Palette.Colour(1))]) { Columns = 1 }.Render()));
        }

        return figures;
    }
}
