using InfluenceSim.Output;

namespace InfluenceSim.Experiments;

/// <summary>
/// Runs of variants of one world compared outcome by outcome against the first (the baseline): each variant's
/// mean with its 95% interval, the difference from the baseline with its interval and test, and the relative change
/// (negative: lower than the baseline). When a variant's replicates ran with the baseline's seeds, replicate by
/// replicate (common random numbers), the difference is paired; otherwise Welch's (<see cref="MeanDifference"/>).
/// </summary>
public static class VariantComparison
{
    public const string FileName = "compare.csv";

    public static readonly string Header =
        "outcome,variant,replicates,mean,ci95_low,ci95_high,difference,difference_ci95_low,difference_ci95_high,p_value,relative_change,relative_change_ci95_low,relative_change_ci95_high,paired";

    /// <summary>One outcome of one variant; the comparison is null for the baseline and when a side has one replicate.</summary>
    public sealed record Row(string Outcome, string Variant, SummaryStatistics Statistics, MeanDifference? AgainstBaseline);

    public static IReadOnlyList<Row> Compare(IReadOnlyList<(string Name, OutcomesTable Table)> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        if (variants.Count < 2) throw new ArgumentException("compare needs at least two runs: a baseline and a variant", nameof(variants));
        var outcomes = variants[0].Table.Names.Where(n => variants.All(v => v.Table.Names.Contains(n))).ToList();
        var rows = new List<Row>();
        foreach (var outcome in outcomes)
        {
            var baselineTable = variants[0].Table;
            var baseline = baselineTable.Column(outcome);
            foreach (var (name, table) in variants)
            {
                var values = table.Column(outcome);
                var comparison = name == variants[0].Name || values.Length < 2 || baseline.Length < 2 ? null
                    : IsPaired(table, baselineTable) ? MeanDifference.Paired(values, baseline) : MeanDifference.Welch(values, baseline);
                rows.Add(new Row(outcome, name, SummaryStatistics.Of(values), comparison));
            }
        }

        return rows;
    }

    /// <summary>Whether two runs' replicates ran with the same seeds, in the same order.</summary>
    public static bool IsPaired(OutcomesTable variant, OutcomesTable baseline)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(baseline);
        return variant.Seeds.Count == baseline.Seeds.Count && variant.Seeds.SequenceEqual(baseline.Seeds);
    }

    public static IEnumerable<string> CsvLines(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        yield return Header;
        foreach (var row in rows)
        {
            var s = row.Statistics;
            var c = row.AgainstBaseline;
            yield return Csv.Row([
                Csv.Cell(row.Outcome), Csv.Cell(row.Variant), s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Csv.Cell(s.Mean), Optional(s.Ci95Low), Optional(s.Ci95High),
                Optional(c?.Difference), Optional(c?.DifferenceLow), Optional(c?.DifferenceHigh), Optional(c?.PValue),
                Optional(c?.RelativeChange), Optional(c?.RelativeChangeLow), Optional(c?.RelativeChangeHigh),
                c is null ? "" : c.IsPaired ? "true" : "false",
            ]);
        }
    }

    private static string Optional(double? value) => value is { } v ? Csv.Cell(v) : "";
}
