using System.CommandLine;
using System.Globalization;
using InfluenceSim.Cli.Common;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim sweep SWEEP.json: runs every point of a sweep, resuming where an earlier run stopped.</summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("SWEEP") { Description = "The sweep file (JSON)." };
        var outDir = new Option<string?>("--out") { Description = "Results folder (default: results/<sweep file name without .sweep.json>)." };
        var threads = CommonOptions.Positive("--threads", "Threads in all: replicates run at once, across points, and what is left over goes to each replicate's own steps (default: all cores). Results do not depend on it.");
        var shard = CommonOptions.Shard("Run only slice i of n of the points, as i/n (for cluster job arrays); join with 'influencesim merge'.");
        var force = new Option<bool>("--force") { Description = "Replace a results folder that holds another sweep (only when everything in it was written by InfluenceSim)." };
        var outsideFiles = CommonOptions.AllowOutsideFiles();
        var skipMemoryCheck = CommonOptions.SkipMemoryCheck();
        var format = CommonOptions.TimeseriesFormat();
        var command = new Command("sweep", "Run a parameter sweep: every point's replicates, saved point by point; run it again to resume.")
        {
            file, outDir, threads, shard, force, outsideFiles, skipMemoryCheck, format,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var (index, count) = CommonOptions.ParseShard(parsed.GetValue(shard) ?? "1/1")!.Value;
            var options = new SweepRunOptions(parsed.GetValue(threads) ?? Environment.ProcessorCount, index, count, parsed.GetValue(force), parsed.GetValue(format));
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.EndsWith(".sweep", StringComparison.Ordinal)) name = name[..^".sweep".Length];
            return Execute(path, parsed.GetValue(outDir) ?? Path.Combine("results", name), options,
                new SweepChecks(parsed.GetValue(outsideFiles), parsed.GetValue(skipMemoryCheck)), output, error);
        });
        return command;
    }

    private sealed record SweepChecks(bool FilesOutsideFolder, bool SkipMemoryCheck);

    private static int Execute(string path, string outDir, SweepRunOptions options, SweepChecks checks, TextWriter output, TextWriter error)
    {
        LoadedSweep sweep;
        try
        {
            sweep = SweepLoader.Load(path, checks.FilesOutsideFolder);
        }
        catch (ScenarioException e)
        {
            var code = ScenarioErrorReport.Print(e, error);
            if (!path.EndsWith(".sweep.json", StringComparison.Ordinal)) error.WriteLine("Sweep files are named NAME.sweep.json; to run a scenario, use 'influencesim run'.");
            return code;
        }

        if (MemoryText.Refuses(SweepMemory.Estimate(sweep, options.Threads), checks.SkipMemoryCheck, error)) return ExitCodes.BadInput;

        using var ctrlC = new CtrlC();
        ProgressReporter? progress = null;
        try
        {
            var shardText = options.ShardCount > 1 ? $", shard {options.ShardIndex}/{options.ShardCount}" : "";
            output.WriteLine($"Sweep '{sweep.Spec.Name}': {Numbers.Count(sweep.Points.Count, "point")} ({sweep.Spec.Design.Type}){shardText}, on {Numbers.Count(options.Threads, "thread")}, into {outDir}.");
            if (sweep.Scenarios.Any(s => s.Scenario.Logs.Count > 0)) output.WriteLine("Note: a sweep writes no post or cascade logs; run a point's scenario.json with 'influencesim run' for them.");
            PrintSensitivityPlan(sweep, output);
            var outcome = SweepRunner.Run(sweep, outDir, options,
                () => progress?.Done(),
                (finished, replicates) =>
                {
                    if (finished > 0) output.WriteLine($"{Numbers.Count(finished, "point")} already finished in {outDir}; skipping {(finished == 1 ? "it" : "them")}.");
                    progress = new ProgressReporter(error, replicates, "runs");
                },
                ctrlC.Token);
            output.WriteLine($"{Numbers.Count(outcome.Ran, "point")} run now; {outcome.FinishedInFolder} of {Numbers.Count(outcome.TotalPoints, "point")} finished in {outDir}.");
            output.WriteLine($"Tables: {Path.Combine(outDir, SweepTables.RowsFile)} and {Path.Combine(outDir, SweepTables.SummaryFile)}.");
            PrintSensitivityOutcome(sweep, outDir, output);
            return ExitCodes.Success;
        }

        catch (OperationCanceledException)
        {
            error.WriteLine($"Interrupted. Finished points are kept in {outDir}; run the same command again to resume.");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Before a Sobol or Morris sweep: how many runs it takes, and the base sample a target interval width needs.</summary>
    private static void PrintSensitivityPlan(LoadedSweep sweep, TextWriter output)
    {
        var design = sweep.Spec.Design;
        var k = sweep.Spec.Parameters.Count;
        if (design.Type == SweepDesigns.Sobol)
        {
            var n = design.Samples;
            static string For(double target) =>
                $"+/-{Numbers.Format(target)} about N = {SensitivityAnalysis.SamplesFor(SensitivityAnalysis.IshigamiHalfWidthAt4096, 4096, target):N0}";
            output.WriteLine($"Sobol design: base sample N = {n:N0}, (k + 2) N = {k + 2} x {n:N0} points. Interval half-widths shrink as 1/sqrt(N); as a guide, on the "
                + $"Ishigami test function N = 4,096 gives +/-{Numbers.Format(SensitivityAnalysis.IshigamiHalfWidthAt4096)}, so N = {n:N0} gives about "
                + $"+/-{Numbers.Format(SensitivityAnalysis.IshigamiHalfWidthAt4096 * Math.Sqrt(4096.0 / n))}; {For(0.1)}; {For(0.05)}. "
                + "After the sweep, its own widest interval says what N a target needs.");
        }
        else if (design.Type == SweepDesigns.Morris)
        {
            output.WriteLine($"Morris design: {design.Trajectories} trajectories of k + 1 = {k + 1} points on {design.Levels} levels; the intervals of mu* and sigma narrow as 1/sqrt(trajectories).");
        }
    }

    /// <summary>After a finished Sobol or Morris sweep: where the indices are, and for Sobol the base sample a width of 0.05 needs.</summary>
    private static void PrintSensitivityOutcome(LoadedSweep sweep, string outDir, TextWriter output)
    {
        var path = Path.Combine(outDir, SensitivityAnalysis.FileName);
        if (!SensitivityAnalysis.Applies(sweep.Spec.Design.Type) || !File.Exists(path)) return;
        output.WriteLine($"Sensitivity indices with 95% intervals: {path}.");
        if (sweep.Spec.Design.Type != SweepDesigns.Sobol) return;
        var widestPerOutcome = SensitivityAnalysis.Read(path)
            .GroupBy(index => index.Outcome)
            .Select(g => g.Select(index => (index.High - index.Low) / 2).Where(double.IsFinite).DefaultIfEmpty(0).Max())
            .Where(width => width > 0)
            .Order().ToArray();
        if (widestPerOutcome.Length == 0) return;
        var typical = widestPerOutcome[widestPerOutcome.Length / 2];
        output.WriteLine($"Widest interval of a typical outcome (the median over the outcomes that vary): +/-{Numbers.Format(typical)}; for +/-0.05 run with N = {SensitivityAnalysis.SamplesFor(typical, sweep.Spec.Design.Samples, 0.05):N0}. "
            + "Outcomes that hardly vary over the ranges have indices of no meaning and wide intervals.");
    }
}
