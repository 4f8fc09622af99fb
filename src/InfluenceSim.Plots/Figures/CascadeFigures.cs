using InfluenceSim.Output;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// Figures of a run's cascades (summary.json's <c>cascades</c>): the complementary cumulative distributions of
/// cascade size and depth per narrative on log-log axes, and structural virality against size, each with the 95%
/// interval of the mean over replicates.
/// </summary>
public static class CascadeFigures
{
    public static IReadOnlyList<Figure> For(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Cascades is not { } cascades) return [];
        var styles = Palette.Narratives(summary.Narratives.Select(n => n.Id));
        var note = summary.Replicates > 1 ? $"mean of {summary.Replicates} replicates, shaded: 95% interval of the mean" : "one replicate";
        return new[] { Distributions(cascades, styles, note), Virality(cascades, styles, note) }.Where(f => !f.IsEmpty).ToArray();
    }

    private static Figure Distributions(CascadeSummary cascades, IReadOnlyDictionary<string, SeriesStyle> styles, string note)
    {
        Panel LogLog(string title, string xLabel, Func<CascadeCurves, IReadOnlyList<CurvePoint>> curve)
        {
            var lines = cascades.Curves.Where(c => curve(c).Count > 0).Select(c => LogLine(c.Narrative, styles[c.Narrative], curve(c))).ToArray();
            return new Panel(title, LogScale.Axis(xLabel, lines.SelectMany(l => l.X)),
                LogScale.Axis("share of cascades at least this large", lines.SelectMany(l => l.Y.Concat(l.Low ?? []))))
            {
                Lines = lines,
            };
        }

        return new Figure("cascade-distributions", "How large and how deep cascades grow",
            "Complementary cumulative distributions of cascade size (posts in the tree) and depth (reshare hops), per narrative, "
            + $"on log-log axes: the share of a narrative's cascades at least as large as x ({note}).",
            [
                LogLog("Size", "size (posts, log scale)", c => c.SizeCcdf),
                LogLog("Depth", "depth (hops, log scale)", c => c.DepthCcdf),
            ]);
    }

    private static Figure Virality(CascadeSummary cascades, IReadOnlyDictionary<string, SeriesStyle> styles, string note)
    {
        var lines = cascades.Curves.Where(c => c.ViralityBySize.Count > 0).Select(c =>
        {
            var points = c.ViralityBySize;
            return new Line(c.Narrative, styles[c.Narrative], LogScale.Of(points.Select(p => p.X)), points.Select(p => p.Value.Mean).ToArray(),
                points.Select(p => p.Value.Ci95Low ?? p.Value.Mean).ToArray(), points.Select(p => p.Value.Ci95High ?? p.Value.Mean).ToArray());
        }).ToArray();
        return new Figure("cascade-virality", "Structural virality against cascade size",
            "Mean structural virality (mean distance between posts in the tree) of cascades by size class, per narrative: a broadcast "
            + $"(a star) stays near 2 however large; a chain of person-to-person reshares grows with size ({note}).",
            [new Panel("", LogScale.Axis("cascade size (posts, log scale; classes from 2, 3, 5, 10, ...)", lines.SelectMany(l => l.X)), new Axis("structural virality (hops)", Min: 0)) { Lines = lines }])
        {
            Columns = 1,
        };
    }

    private static Line LogLine(string label, SeriesStyle style, IReadOnlyList<CurvePoint> points) =>
        new(label, style, LogScale.Of(points.Select(p => p.X)), LogScale.Of(points.Select(p => p.Value.Mean)),
            LogScale.Of(points.Select(p => p.Value.Ci95Low ?? p.Value.Mean)), LogScale.Of(points.Select(p => p.Value.Ci95High ?? p.Value.Mean)));
}
