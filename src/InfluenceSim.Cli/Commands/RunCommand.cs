using System.CommandLine;
using InfluenceSim.Output;
using InfluenceSim.Scenarios;
using InfluenceSim.Experiments;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim run SCENARIO: runs the replicates and writes timeseries.csv, summary.json and manifest.json.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = CommonOptions.Scenario();
        var outDir = new Option<string?>("--out") { Description = "Results folder (default: results/<scenario file name>)." };
        var seed = new Option<long?>("--seed") { Description = "Seed, replacing the scenario's." };
        var replicates = CommonOptions.Positive("--replicates", "Number of replicates, replacing the scenario's.");
        var steps = CommonOptions.Positive("--steps", "Number of steps, replacing the scenario's.");
        var threads = CommonOptions.Positive("--threads", "Replicates run at once (default: all cores). Results do not depend on it.");
        var force = new Option<bool>("--force") { Description = "Replace the results folder if it already holds results." };
        var noPlots = new Option<bool>("--no-plots") { Description = "Do not write the figures." };
        var only = new Option<int?>("--replicate") { Description = "Run only this replicate (numbered from 0), with the seed it has in a full run: to re-run one row of a sweep alone." };
        only.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value < 0)
            {
                result.AddError("--replicate must be 0 or more.");
            }
        });
        var command = new Command("run", "Run a scenario's replicates and write the results and figures.")
        {
            scenario, outDir, seed, replicates, steps, threads, force, noPlots, only,
        };
        command.SetAction(parsed =>
        {
            var request = new RunRequest(
                parsed.GetValue(scenario)!,
                parsed.GetValue(outDir),
                new ScenarioOverrides(parsed.GetValue(seed), parsed.GetValue(steps), parsed.GetValue(replicates)),
                parsed.GetValue(threads) ?? Environment.ProcessorCount,
                parsed.GetValue(force),
                !parsed.GetValue(noPlots),
                parsed.GetValue(only));
            return Execute(request, output, error);
        });
        return command;
    }

    private sealed record RunRequest(string ScenarioPath, string? OutDir, ScenarioOverrides Overrides, int Threads, bool Force, bool Plots, int? OnlyReplicate);

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

        var outDir = request.OutDir ?? Path.Combine("results", Path.GetFileNameWithoutExtension(request.ScenarioPath));
        if (ResultsFolder.HoldsResults(outDir) && !request.Force)
        {
            error.WriteLine($"'{outDir}' already holds results. Choose another folder with --out, or pass --force to replace them.");
            return ExitCodes.BadInput;
        }

        var run = ScenarioRun.For(loaded);
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            int[] replicateNumbers = request.OnlyReplicate is { } one ? [one] : [.. Enumerable.Range(0, run.Replicates)];
            var which = request.OnlyReplicate is { } single ? $"replicate {single}" : $"{run.Replicates} replicates";
            output.WriteLine($"Running '{loaded.Scenario.Name}': {run.Description}, {which} on {request.Threads} threads.");
            var started = DateTimeOffset.UtcNow;
            var progress = new ProgressReporter(error, replicateNumbers.Length, "replicates");
            var recordings = run.RunAll(request.Threads, replicateNumbers, progress.Done, cancellation.Token);
            var manifest = run.Manifest(replicateNumbers, request.Threads, started, DateTimeOffset.UtcNow);
            var summary = run.Summary(recordings);
            (int Count, bool Png) figures = default;
            ResultsFolder.Publish(outDir, request.Force, folder =>
            {
                run.Write(folder, recordings, summary, manifest);
                if (request.Plots) figures = PlotCommand.WriteFigures(folder);
            });
            output.WriteLine($"Results written to {outDir}: {RunWriter.TimeseriesFile}, {RunWriter.SummaryFile}, {RunWriter.ManifestFile}, {OutcomesWriter.FileName}.");
            if (request.Plots) PlotCommand.ReportFigures(outDir, figures, output);
            foreach (var line in run.Headline(summary)) output.WriteLine(line);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Interrupted; no results were written.");
            return ExitCodes.Failure;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
