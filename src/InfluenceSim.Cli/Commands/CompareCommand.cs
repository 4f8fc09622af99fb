using System.CommandLine;
using System.Globalization;
using InfluenceSim.Cli.Common;
using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Rendering;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim compare DIR DIR...: each outcome per variant against the first (the baseline), with intervals and tests.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folders = new Argument<string[]>("DIR") { Description = "Results folders of 'influencesim run', the baseline first.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out") { Description = "Where compare.csv and compare.svg go (default: results/compare).", DefaultValueFactory = _ => Path.Combine("results", "compare") };
        var outcome = new Option<string>("--outcome") { Description = "The outcome the figure shows.", DefaultValueFactory = _ => RunOutcomes.FalsehoodExposureShare };
        var force = new Option<bool>("--force") { Description = "Replace the output folder if it already holds results." };
        var command = new Command("compare", "Compare runs of variants of one world: each outcome against the first run, with 95% intervals, Welch's test and the relative reduction.")
        {
            folders, outDir, outcome, force,
        };
        command.SetAction(parsed =>
        {
            var directories = parsed.GetValue(folders)!;
            var target = parsed.GetValue(outDir)!;
            if (directories.Length < 2)
            {
                error.WriteLine("compare needs at least two results folders: the baseline first, then the variants.");
                return ExitCodes.BadInput;
            }

            using var folderLock = FolderLock.Acquire(target);
            if (ResultsFolder.HoldsResults(target) && !parsed.GetValue(force))
            {
                error.WriteLine($"'{target}' already holds results. Choose another folder with --out, or pass --force to replace them.");
                return ExitCodes.BadInput;
            }

            ResultsFolder.CheckReplaceable(target, parsed.GetValue(force));

            IReadOnlyList<VariantComparison.Row> rows;
            List<(string Name, OutcomesTable Table, IReadOnlyList<NarrativeInfo> Narratives)> runs;
            try
            {
                runs = directories.Select(d => (Path.GetFileName(Path.TrimEndingDirectorySeparator(d)), OutcomesTable.Read(d), Narratives(d))).ToList();
                rows = VariantComparison.Compare(runs.Select(r => (r.Name, r.Table)).ToList());
            }
            catch (InvalidDataException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.BadInput;
            }

            var chosen = parsed.GetValue(outcome)!;
            if (rows.All(r => r.Outcome != chosen))
            {
                error.WriteLine($"'{chosen}' is not an outcome of these runs; they have: {string.Join(", ", rows.Select(r => r.Outcome).Distinct())}.");
                return ExitCodes.BadInput;
            }

            Print(rows, output);
            var prevention = ModerationPrevention.Applies(runs) ? ModerationPrevention.Estimate(runs) : null;
            if (prevention is not null) PrintPrevention(prevention, runs[0].Name, output);
            ResultsFolder.Publish(target, parsed.GetValue(force), folder =>
            {
                Csv.WriteAtomically(Path.Combine(folder, VariantComparison.FileName), VariantComparison.CsvLines(rows));
                FigureFiles.Write(folder, [ComparisonFigure.For(rows, chosen)], subfolder: false);
                if (prevention is null) return;
                Csv.WriteAtomically(Path.Combine(folder, ModerationPrevention.FileName), ModerationPrevention.CsvLines(prevention));
                FigureFiles.Write(folder, [PreventionFigure.For(prevention, runs[0].Name)], subfolder: false);
            });
            output.WriteLine($"Written: {Path.Combine(target, VariantComparison.FileName)}, {Path.Combine(target, ComparisonFigure.Name)}.svg and .png.");
            if (prevention is not null) output.WriteLine($"Written: {Path.Combine(target, ModerationPrevention.FileName)}, {Path.Combine(target, PreventionFigure.Name)}.svg and .png.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The run's narratives from its summary.json; none when the folder has no readable summary (outcomes are compared all the same).</summary>
    private static IReadOnlyList<NarrativeInfo> Narratives(string folder)
    {
        var path = Path.Combine(folder, RunResults.SummaryFile);
        return File.Exists(path) ? ResultsJson.Read<RunSummary>(path).Narratives : [];
    }

    private static void PrintPrevention(IReadOnlyList<ModerationPrevention.Row> rows, string baseline, TextWriter output)
    {
        output.WriteLine($"What each strategy prevented against '{baseline}': falsehood exposures prevented [95% interval], per action taken, and the");
        output.WriteLine("collateral (other cascades removed + genuine accounts banned) per exposure prevented. See docs/moderation.md.");
        output.WriteLine($"  {"variant",-22} {"prevented",-28} {"per removal",-12} {"per label",-12} {"per ban",-12} collateral per prevented");
        static string RatioText(ModerationPrevention.Ratio? r) => r is null ? "-" : Numbers.Format(r.Value);
        foreach (var row in rows)
        {
            var p = row.Prevented;
            output.WriteLine($"  {row.Variant,-22} {Numbers.WithInterval(p.Difference, p.DifferenceLow, p.DifferenceHigh),-28} {RatioText(row.PerRemoval),-12} {RatioText(row.PerLabel),-12} {RatioText(row.PerBan),-12} {RatioText(row.CollateralPerPrevented)}");
        }

        output.WriteLine();
    }

    private static void Print(IReadOnlyList<VariantComparison.Row> rows, TextWriter output)
    {
        var paired = rows.Where(r => r.AgainstBaseline is not null).All(r => r.AgainstBaseline!.IsPaired);
        output.WriteLine("Each outcome per variant: mean over replicates [95% interval of the mean]; change = variant minus the baseline (the first");
        output.WriteLine(paired
            ? "folder) [95% interval, paired: the runs share their replicates' seeds], p, and the change relative to the baseline: + higher, - lower."
            : "folder) [95% interval], Welch's p, and the change relative to the baseline: + higher than the baseline, - lower.");
        static string P(double? value) => value is { } p ? (p < 1e-4 ? "<0.0001" : p.ToString("0.####", CultureInfo.InvariantCulture)) : "";
        foreach (var group in rows.GroupBy(r => r.Outcome))
        {
            output.WriteLine();
            output.WriteLine(group.Key);
            output.WriteLine($"  {"variant",-24} {"mean [95% interval]",-30} {"change [95% interval]",-32} {"p",8}  relative change");
            foreach (var row in group)
            {
                var s = row.Statistics;
                var c = row.AgainstBaseline;
                var change = c is null ? (row == group.First() ? "(baseline)" : "") : Numbers.WithInterval(c.Difference, c.DifferenceLow, c.DifferenceHigh);
                var relative = c?.RelativeChange is { } r ? $"{Numbers.SignedPercent(r)} ({(r > 0 ? "higher" : r < 0 ? "lower" : "same")})" : "";
                output.WriteLine($"  {row.Variant,-24} {Numbers.WithInterval(s.Mean, s.Ci95Low, s.Ci95High),-30} {change,-32} {P(c?.PValue),8}  {relative}");
            }
        }

        output.WriteLine();
    }
}
