using InfluenceSim.Experiments;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// Moderation strategies on a trade-off frontier: falsehood exposures prevented against collateral (other cascades
/// removed plus genuine accounts banned), each with its 95% intervals; the dashed line joins the strategies no other
/// beats on both counts, from doing nothing at the origin.
/// </summary>
public static class PreventionFigure
{
    public const string Name = "prevention-frontier";

    public static Figure For(IReadOnlyList<ModerationPrevention.Row> rows, string baseline)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var points = rows.Select((r, i) => new Line(r.Variant, Palette.Indexed(i), [r.Collateral.Mean], [r.Prevented.Difference],
            [r.Prevented.DifferenceLow], [r.Prevented.DifferenceHigh])
        {
            PointsOnly = true,
            XLow = [r.Collateral.Ci95Low ?? r.Collateral.Mean],
            XHigh = [r.Collateral.Ci95High ?? r.Collateral.Mean],
        }).ToList();
        var frontier = Frontier(rows);
        if (frontier.Count > 1)
        {
            points.Add(new Line("", new SeriesStyle(Palette.Grey, Dash.Dashed), frontier.Select(p => p.X).ToArray(), frontier.Select(p => p.Y).ToArray()));
        }

        var widest = rows.Max(r => r.Collateral.Ci95High ?? r.Collateral.Mean);
        var paired = rows.All(r => r.Paired) ? "paired replicates (same seeds)" : "replicates compared unpaired";
        return new Figure(Name, "What moderation prevented, and what it cost",
            $"Each strategy against '{baseline}': understood exposures to falsehood narratives prevented (up) against collateral, other cascades removed plus genuine accounts banned (right); "
            + $"error bars: 95% intervals ({paired}). Dashed: the frontier of strategies that no other beats on both counts.",
            [new Panel("", new Axis("collateral (other cascades removed + genuine accounts banned)", Min: -0.03 * Math.Max(1, widest)), new Axis("falsehood exposures prevented")) { Lines = points }])
        {
            Columns = 1,
        };
    }

    /// <summary>Doing nothing, then each strategy that prevents more than every strategy with less or equal collateral.</summary>
    private static List<(double X, double Y)> Frontier(IReadOnlyList<ModerationPrevention.Row> rows)
    {
        var frontier = new List<(double X, double Y)> { (0, 0) };
        foreach (var row in rows.OrderBy(r => r.Collateral.Mean).ThenByDescending(r => r.Prevented.Difference))
        {
            if (row.Prevented.Difference > frontier[^1].Y) frontier.Add((row.Collateral.Mean, row.Prevented.Difference));
        }

        return frontier;
    }
}
