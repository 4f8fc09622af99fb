using InfluenceSim.Metrics;
using InfluenceSim.Output;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// The figures of a classic-model run: its states (compartments, active nodes or mean opinion) over the steps, the
/// same per segment when there are several, and for the bounded-confidence models the spread of opinions and the
/// number of opinion clusters; for SimSoM its quality, exposure, diversity and discriminative power.
/// </summary>
public static class ClassicFigures
{
    public static IReadOnlyList<Figure> For(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var layout = results.Layout;
        var time = new TimeAxis(null, results.Summary.Steps);
        var model = layout.Model;
        var states = layout.RecordedMetrics.Where(m => m.Has(Slices.Segment)).ToList();
        var population = states.Where(m => m.Aggregate == Aggregate.MeanPerNode).ToList();
        var note = results.Summary.Replicates > 1 ? $"mean of {results.Summary.Replicates} replicates, shaded: 95% interval of the mean" : "one replicate";
        Line LineOf(MetricDefinition metric, int segment = -1) =>
            Band.Of(results.Series(new SeriesKey(metric, Segment: segment)), metric.Minimum, metric.Maximum)
                .ToLine(metric.Name.Replace('_', ' '), Palette.Indexed(layout.Metrics.ToList().IndexOf(metric)), time.Values);
        Axis YFor(long nodes) => population.Count > 0 ? new Axis("mean opinion", 0, 1) : new Axis("nodes", 0, nodes);

        var figures = new List<Figure>
        {
            new("states", $"{model}: {string.Join(", ", states.Select(s => s.Name.Replace('_', ' ')))} over the steps",
                $"{model}: the number of nodes in each state (or the mean opinion) after each step ({note}).",
                [new Panel("", time.Axis(), YFor(layout.Population)) { Lines = states.Select(m => LineOf(m)).ToArray() }]) { Columns = 1 },
        };
        if (layout.Segments.Count > 1)
        {
            figures.Add(new Figure("states-by-segment", $"{model}: states by segment",
                $"The same per segment, each panel on the scale of its segment's size ({note}).",
                layout.Segments.Select((segment, s) => new Panel(segment, time.Axis(), YFor(layout.SegmentSizes[s]))
                {
                    Lines = states.Select(m => LineOf(m, s)).ToArray(),
                }).ToArray()));
        }

        if (layout.RecordedMetrics.Contains(MetricCatalogue.Clusters))
        {
            figures.Add(new Figure("opinion-clusters", $"{model}: spread and clusters of opinions",
                $"Spread of opinions and number of major opinion clusters ({note}).",
            [
                new Panel("Spread of opinions", time.Axis(), new Axis("standard deviation", Min: 0)) { Lines = [LineOf(MetricCatalogue.OpinionSd)] },
                new Panel("Opinion clusters", time.Axis(), new Axis("major clusters", Min: 0)) { Lines = [LineOf(MetricCatalogue.Clusters)] },
            ]) { Columns = 1 });
        }

        if (layout.RecordedMetrics.Contains(MetricCatalogue.Quality))
        {
            figures.Add(new Figure("quality", $"{model}: quality of what people see",
                $"SimSoM's quality (smoothed average quality of the messages in people's feeds), relative to the expected quality without bots, and exposure to bots' messages ({note}).",
            [
                new Panel("Relative quality", time.Axis(), new Axis("quality / quality without bots", Min: 0)) { Lines = [LineOf(MetricCatalogue.RelativeQuality)] },
                new Panel("Exposure to low-quality content", time.Axis(), new Axis("share of views", 0, 1)) { Lines = [LineOf(MetricCatalogue.LowQualityExposure)] },
            ]) { Columns = 1 });
            figures.Add(new Figure("diversity", $"{model}: diversity and discriminative power",
                $"Entropy of the messages in people's feeds, and Kendall's tau between messages' quality and their shares ({note}).",
            [
                new Panel("Diversity", time.Axis(), new Axis("entropy (nats)", Min: 0)) { Lines = [LineOf(MetricCatalogue.Diversity)] },
                new Panel("Discriminative power", time.Axis(), new Axis("Kendall's tau", -1, 1)) { Lines = [LineOf(MetricCatalogue.DiscriminativePower)] },
            ]) { Columns = 1 });
        }

        return figures.Where(f => !f.IsEmpty).ToArray();
    }
}
