using System.CommandLine;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Rendering;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim run SCENARIO: runs the replicates and writes the results files and figures.</summary>
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

        var simulation = ScenarioCompiler.Compile(loaded);
        using var ctrlC = new CtrlC();
        try
        {
            int[] replicateNumbers = request.OnlyReplicate is { } one ? [one] : [.. Enumerable.Range(0, simulation.Replicates)];
            var which = request.OnlyReplicate is { } single ? $"replicate {single}" : Numbers.Count(simulation.Replicates, "replicate");
            output.WriteLine($"Running '{loaded.Scenario.Name}': {RunText.Description(simulation)}, {which} on {Numbers.Count(request.Threads, "thread")}.");
            var started = DateTimeOffset.UtcNow;
            var progress = new ProgressReporter(error, replicateNumbers.Length, "replicates");
            var recordings = ReplicateRunner.RunAll(simulation, replicateNumbers, request.Threads, _ => progress.Done(), ctrlC.Token);
            var results = RunResults.Of(loaded, simulation, recordings, request.Threads, started, DateTimeOffset.UtcNow);
            var figures = 0;
            ResultsFolder.Publish(outDir, request.Force, folder =>
            {
                results.Write(folder);
                if (request.Plots) figures = FigureFiles.Write(folder, StandardFigures.For(results));
            });
            output.WriteLine($"Results written to {outDir}: {TimeseriesWriter.FileName}, {RunResults.SummaryFile}, {RunResults.ManifestFile}, {OutcomesWriter.FileName}.");
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
