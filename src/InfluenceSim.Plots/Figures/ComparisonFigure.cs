using InfluenceSim.Experiments;
using InfluenceSim.Plots.Charts;

namespace InfluenceSim.Plots.Figures;

/// <summary>One outcome across the compared variants: bars with 95% error bars, the baseline first.</summary>
public static class ComparisonFigure
{
    public static Figure For(IReadOnlyList<VariantComparison.Row> rows, string outcome)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var selected = rows.Where(r => r.Outcome == outcome).ToList();
        var chart = new BarChart($"{outcome} by variant", outcome.Replace('_', ' '), selected.Select(r => r.Variant).ToList(),
        [
            new BarGroup(outcome, Palette.Colour(0), selected.Select(r => r.Statistics.Mean).ToList(),
                selected.Select(r => r.Statistics.Ci95Low ?? double.NaN).ToList(), selected.Select(r => r.Statistics.Ci95High ?? double.NaN).ToList(),
                selected.Select((_, i) => i == 0 ? "#999999" : Palette.Colour(0)).ToList()),
        ]);
        return new Figure("compare", $"{outcome} for each variant (grey: the baseline), mean over replicates with the 95% interval of the mean.", chart.Render());
    }
}
