using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Randomness;

namespace InfluenceSim.Experiments;

/// <summary>
/// What each moderation strategy prevented, against a baseline run of the same world: falsehood exposures prevented
/// (the baseline's understood exposures to falsehood narratives minus the strategy's, replicate by replicate when
/// both ran with the same seeds), that number per falsehood cascade removed, per cascade labelled and per actor
/// account banned, and the collateral (other cascades removed plus genuine accounts banned) per exposure prevented.
/// Ratios are ratios of means over replicates; their 95% intervals are percentile bootstraps over replicates (pairs
/// resampled together when paired), from a fixed seed so that the same runs give the same intervals.
/// See docs/moderation.md for the assumptions.
/// </summary>
public static class ModerationPrevention
{
    public const string FileName = "prevention.csv";
    public const int BootstrapDraws = 4000;
    private const ulong BootstrapSeed = 20261129;

    public static readonly string Header =
        "variant,paired,replicates,prevented,prevented_ci95_low,prevented_ci95_high,falsehood_removals,labels,actor_bans,"
        + "collateral,collateral_ci95_low,collateral_ci95_high,per_removal,per_removal_ci95_low,per_removal_ci95_high,"
        + "per_label,per_label_ci95_low,per_label_ci95_high,per_ban,per_ban_ci95_low,per_ban_ci95_high,"
        + "collateral_per_prevented,collateral_per_prevented_ci95_low,collateral_per_prevented_ci95_high";

    /// <summary>A ratio of means with its bootstrap interval; null where the denominator is zero in every replicate.</summary>
    public sealed record Ratio(double Value, double Low, double High);

    /// <param name="Prevented">Baseline minus strategy falsehood exposures: its difference and interval.</param>
    public sealed record Row(string Variant, bool Paired, int Replicates, MeanDifference Prevented, double FalsehoodRemovals, double Labels,
        double ActorBans, SummaryStatistics Collateral, Ratio? PerRemoval, Ratio? PerLabel, Ratio? PerBan, Ratio? CollateralPerPrevented);

    /// <summary>Each variant after the first (the baseline) against it.</summary>
    /// <param name="variants">Names, outcomes, and the narratives of each run.</param>
    public static IReadOnlyList<Row> Estimate(IReadOnlyList<(string Name, OutcomesTable Table, IReadOnlyList<NarrativeInfo> Narratives)> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        if (variants.Count < 2) throw new ArgumentException("a baseline and at least one variant are needed", nameof(variants));
        var baseline = variants[0];
        var falsehoods = baseline.Narratives.Where(n => n.Falsehood).Select(n => n.Id).ToArray();
        var baselineExposures = Sum(baseline.Table, falsehoods.Select(n => MetricCatalogue.Exposures.OutcomeName(OutcomeStatistics.Total, n)));
        return variants.Skip(1).Select(v => EstimateOne(v.Name, v.Table, baseline.Table, baselineExposures, falsehoods, v.Narratives)).ToArray();
    }

    /// <summary>Whether the runs can be compared this way: platform-model runs with at least one falsehood narrative.</summary>
    public static bool Applies(IReadOnlyList<(string Name, OutcomesTable Table, IReadOnlyList<NarrativeInfo> Narratives)> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        return variants.Count >= 2 && variants[0].Narratives.Any(n => n.Falsehood)
            && variants.All(v => v.Table.Replicates.Count >= 2 && v.Table.Names.Contains(MetricCatalogue.BannedGenuineAccounts.OutcomeName(OutcomeStatistics.Total, null)));
    }

    public static IEnumerable<string> CsvLines(IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        yield return Header;
        foreach (var r in rows)
        {
            yield return Csv.Row([
                Csv.Cell(r.Variant), r.Paired ? "true" : "false", r.Replicates.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Csv.Cell(r.Prevented.Difference), Csv.Cell(r.Prevented.DifferenceLow), Csv.Cell(r.Prevented.DifferenceHigh),
                Csv.Cell(r.FalsehoodRemovals), Csv.Cell(r.Labels), Csv.Cell(r.ActorBans),
                Csv.Cell(r.Collateral.Mean), Optional(r.Collateral.Ci95Low), Optional(r.Collateral.Ci95High),
                .. Cells(r.PerRemoval), .. Cells(r.PerLabel), .. Cells(r.PerBan), .. Cells(r.CollateralPerPrevented),
            ]);
        }
    }

    private static Row EstimateOne(string name, OutcomesTable table, OutcomesTable baseline, double[] baselineExposures, string[] falsehoods,
        IReadOnlyList<NarrativeInfo> narratives)
    {
        string Total(MetricDefinition metric, string? narrative = null) => metric.OutcomeName(OutcomeStatistics.Total, narrative);
        var ids = narratives.Select(n => n.Id).ToArray();
        var exposures = Sum(table, falsehoods.Select(n => Total(MetricCatalogue.Exposures, n)));
        var removals = Sum(table, ids.Where(falsehoods.Contains).Select(n => Total(MetricCatalogue.RemovedFalsehood, n)));
        var otherRemovals = Sum(table, ids.Select(n => Total(MetricCatalogue.RemovedOther, n)));
        var labels = Sum(table, ids.Select(n => Total(MetricCatalogue.Labelled, n)));
        var bans = table.Column(Total(MetricCatalogue.BannedActorAccounts));
        var genuineBans = table.Column(Total(MetricCatalogue.BannedGenuineAccounts));
        var collateral = otherRemovals.Zip(genuineBans, (o, g) => o + g).ToArray();
        var paired = VariantComparison.IsPaired(table, baseline);
        var prevented = paired ? MeanDifference.Paired(baselineExposures, exposures) : MeanDifference.Welch(baselineExposures, exposures);
        var resampler = new Bootstrap(baselineExposures, exposures, paired);
        Ratio? PerAction(double[] actions) => actions.Sum() == 0 ? null : resampler.Ratio(actions, (prevent, action) => prevent / action);
        return new Row(name, paired, exposures.Length,
            prevented,
            removals.Average(), labels.Average(), bans.Average(),
            SummaryStatistics.Of(collateral, 0),
            PerAction(removals), PerAction(labels), PerAction(bans),
            collateral.Sum() == 0 ? null : resampler.Ratio(collateral, (prevent, action) => prevent <= 0 ? double.NaN : action / prevent));
    }

    private static double[] Sum(OutcomesTable table, IEnumerable<string> outcomes)
    {
        var total = new double[table.Rows.Count];
        foreach (var outcome in outcomes.Where(table.Names.Contains))
        {
            var column = table.Column(outcome);
            for (var i = 0; i < total.Length; i++) total[i] += column[i];
        }

        return total;
    }

    private static string Optional(double? value) => value is { } v ? Csv.Cell(v) : "";

    private static string[] Cells(Ratio? ratio) => ratio is null ? ["", "", ""] : [Csv.Cell(ratio.Value), Csv.Cell(ratio.Low), Csv.Cell(ratio.High)];

    /// <summary>Percentile bootstrap of a ratio of mean prevented exposures and mean actions over replicates.</summary>
    private sealed class Bootstrap(double[] baseline, double[] variant, bool paired)
    {
        public Ratio Ratio(double[] actions, Func<double, double, double> ratio)
        {
            var value = ratio(baseline.Average() - variant.Average(), actions.Average());
            var random = new SimRandom(BootstrapSeed);
            var draws = new List<double>(BootstrapDraws);
            var n = variant.Length;
            for (var d = 0; d < BootstrapDraws; d++)
            {
                double b = 0, v = 0, a = 0;
                for (var i = 0; i < n; i++)
                {
                    var pick = random.Next(n);
                    v += variant[pick];
                    a += actions[pick];
                    if (paired) b += baseline[pick];
                }

                for (var i = 0; !paired && i < baseline.Length; i++) b += baseline[random.Next(baseline.Length)];
                var r = ratio(b / baseline.Length - v / n, a / n);
                if (double.IsFinite(r)) draws.Add(r);
            }

            if (draws.Count == 0) return new Ratio(value, double.NaN, double.NaN);
            draws.Sort();
            return new Ratio(value, MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile([.. draws], 0.025),
                MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile([.. draws], 0.975));
        }
    }
}
