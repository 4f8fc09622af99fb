using System.CommandLine;
using InfluenceSim.Cli.Common;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Rendering;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim run SCENARIO: runs the replicates and writes the results files and figures.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = CommonOptions.Scenario();
        var outDir = new Option<string?>("--out") { Description = "Results folder (default: results/<scenario file name>)." };
        var seed = CommonOptions.WholeNumber<long>("--seed", "Seed, replacing the scenario's.");
        var replicates = CommonOptions.Positive("--replicates", "Number of replicates, replacing the scenario's.");
        var steps = CommonOptions.Positive("--steps", "Number of steps, replacing the scenario's (events after the last step then do not happen).");
        var threads = CommonOptions.Positive("--threads", "Threads in all: replicates run at once, and what is left over goes to each replicate's own steps (default: all cores). Results do not depend on it.");
        var force = new Option<bool>("--force") { Description = "Replace the results in the folder (only when everything in it was written by InfluenceSim)." };
        var noPlots = new Option<bool>("--no-plots") { Description = "Do not write the figures." };
        var only = CommonOptions.WholeNumber<int>("--replicate", "Run only this replicate (numbered from 0), with the seed it has in a full run: to re-run one row of a sweep alone.", minimum: 0);
        var outsideFiles = CommonOptions.AllowOutsideFiles();
        var skipMemoryCheck = CommonOptions.SkipMemoryCheck();
        var logs = CommonOptions.Logs();
        var format = CommonOptions.TimeseriesFormat();
        var reach = CommonOptions.CascadeReach();
        var command = new Command("run", "Run a scenario's replicates and write the results and figures.")
        {
            scenario, outDir, seed, replicates, steps, threads, force, noPlots, only, outsideFiles, skipMemoryCheck, logs, format, reach,
        };
        command.SetAction(parsed =>
        {
            var request = new RunRequest(
                parsed.GetValue(scenario)!,
                parsed.GetValue(outDir),
                new ScenarioOverrides(parsed.GetValue(seed), parsed.GetValue(steps), parsed.GetValue(replicates), parsed.GetValue(outsideFiles),
                    parsed.GetValue(logs), parsed.GetValue(reach)),
                parsed.GetValue(threads) ?? Environment.ProcessorCount,
                parsed.GetValue(force),
                !parsed.GetValue(noPlots),
                parsed.GetValue(only),
                parsed.GetValue(skipMemoryCheck),
                parsed.GetValue(format));
            return Execute(request, output, error);
        });
        return command;
    }

    private sealed record RunRequest(string ScenarioPath, string? OutDir, ScenarioOverrides Overrides, int Threads, bool Force, bool Plots,
        int? OnlyReplicate, bool SkipMemoryCheck, TimeseriesFormat Format);

    private static int Execute(RunRequest request, TextWriter output, TextWriter error)
    {
        LoadedScenario loaded;
        try
        {
            loaded = ScenarioLoader.Load(request.ScenarioPath, request.Overrides);
        }
        catch (ScenarioException e)
        {
            return ScenarioErrorReport.Print(e, error);
        }

        ScenarioRun run;
        try
        {
            run = ScenarioRun.Of(loaded, request.OnlyReplicate);
        }
        catch (RunRequestException e)
        {
            error.WriteLine($"{e.Message}; nothing was run or written.");
            return ExitCodes.BadInput;
        }

        if (MemoryText.Refuses(run.Memory(request.Threads), request.SkipMemoryCheck, error)) return ExitCodes.BadInput;

        var outDir = request.OutDir ?? Path.Combine("results", Path.GetFileNameWithoutExtension(request.ScenarioPath));
        using var folder = ScenarioRun.Claim(outDir, request.Force);
        using var ctrlC = new CtrlC();
        try
        {
            var which = request.OnlyReplicate is { } single ? $"replicate {single}" : Numbers.Count(run.Simulation.Replicates, "replicate");
            output.WriteLine($"Running '{loaded.Scenario.Name}': {RunText.Description(run.Simulation)}, {which} on {Numbers.Count(request.Threads, "thread")}.");
            var progress = new ProgressReporter(error, run.Replicates.Count, "replicates");
            var figures = 0;
            var results = run.Run(folder, request.Threads, request.Format, progress.Done,
                (staging, written) => { if (request.Plots) figures = FigureFiles.Write(staging, StandardFigures.For(written), cancellation: ctrlC.Token); },
                ctrlC.Token);
            var timeseries = request.Format == TimeseriesFormat.Parquet ? TimeseriesParquet.FileName : TimeseriesWriter.FileName;
            output.WriteLine($"Results written to {outDir}: {timeseries}, {RunResults.SummaryFile}, {RunResults.ManifestFile}, {OutcomesWriter.FileName}.");
            foreach (var log in loaded.Scenario.Logs) output.WriteLine($"Log of {log}: {Path.Combine(outDir, RunLogs.FolderOf(log), "replicate-NNNN.parquet")}, one file per replicate.");
            if (request.Plots) output.WriteLine($"{Numbers.Count(figures, "figure")} written to {Path.Combine(outDir, FigureFiles.Folder)} (SVG and PNG).");
            foreach (var line in RunText.Headline(results.Summary)) output.WriteLine(line);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Interrupted; no results were written.");
            return ExitCodes.Failure;
        }
    }
}
