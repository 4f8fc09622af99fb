using InfluenceSim.Experiments;

namespace InfluenceSim.Plots.Figures;

/// <summary>One outcome across the compared variants: bars with 95% error bars, the baseline first and grey.</summary>
public static class ComparisonFigure
{
    public const string Name = "compare";

    public static Figure For(IReadOnlyList<VariantComparison.Row> rows, string outcome)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var selected = rows.Where(r => r.Outcome == outcome).ToList();
        var bars = selected.Select((r, i) => new Bar(r.Variant, r.Statistics.Mean, r.Statistics.Ci95Low, r.Statistics.Ci95High, i == 0 ? Palette.Grey : "#0072B2")).ToArray();
        return new Figure(Name, $"{outcome} by variant",
            $"{outcome} for each variant (grey: the baseline), mean over replicates with the 95% interval of the mean.",
            [new Panel("", new Axis("variant"), new Axis(outcome.Replace('_', ' '), Min: Math.Min(0, bars.Min(b => b.Low ?? b.Value)))) { Bars = [new BarGroup(null, "#0072B2", bars)] }])
        {
            Columns = 1,
        };
    }
}
