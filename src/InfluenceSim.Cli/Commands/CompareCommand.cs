using System.CommandLine;
using System.Globalization;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;

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

            if (ResultsFolder.HoldsResults(target) && !parsed.GetValue(force))
            {
                error.WriteLine($"'{target}' already holds results. Choose another folder with --out, or pass --force to replace them.");
                return ExitCodes.BadInput;
            }

            IReadOnlyList<VariantComparison.Row> rows;
            try
            {
                rows = VariantComparison.Compare(directories.Select(d => (Path.GetFileName(Path.TrimEndingDirectorySeparator(d)), OutcomesTable.Read(d))).ToList());
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
            ResultsFolder.Publish(target, parsed.GetValue(force), folder =>
            {
                Csv.WriteAtomically(Path.Combine(folder, VariantComparison.FileName), VariantComparison.CsvLines(rows));
                FigureWriter.Write(folder, [ComparisonFigure.For(rows, chosen)], subfolder: false);
            });
            output.WriteLine($"Written: {Path.Combine(target, VariantComparison.FileName)} and {Path.Combine(target, "compare.svg")}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(IReadOnlyList<VariantComparison.Row> rows, TextWriter output)
    {
        static string F(double? value) => value is { } v ? v.ToString(Math.Abs(v) >= 100 ? "0" : "0.####", CultureInfo.InvariantCulture) : "";
        static string P(double? value) => value is { } p ? (p < 1e-4 ? "<0.0001" : p.ToString("0.####", CultureInfo.InvariantCulture)) : "";
        foreach (var group in rows.GroupBy(r => r.Outcome))
        {
            output.WriteLine();
            output.WriteLine(group.Key);
            output.WriteLine($"  {"variant",-24} {"mean",10} {"95% interval",22} {"difference",11} {"95% interval",22} {"p",8} {"reduction",10}");
            foreach (var row in group)
            {
                var s = row.Statistics;
                var c = row.AgainstBaseline;
                var interval = s.Ci95Low is null ? "" : $"[{F(s.Ci95Low)}, {F(s.Ci95High)}]";
                var difference = c is null ? "" : $"[{F(c.DifferenceLow)}, {F(c.DifferenceHigh)}]";
                var reduction = c?.RelativeReduction is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "";
                output.WriteLine($"  {row.Variant,-24} {F(s.Mean),10} {interval,22} {F(c?.Difference),11} {difference,22} {P(c?.PValue),8} {reduction,10}");
            }
        }

        output.WriteLine();
    }
}
