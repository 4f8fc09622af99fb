using System.CommandLine;
using System.Globalization;
using InfluenceSim.Cli.Common;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Rendering;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim calibrate CALIBRATION: ABC-SMC over a scenario's parameters against observed data; resumes where it stopped.</summary>
internal static class CalibrateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("CALIBRATION") { Description = "The calibration file (JSON): base scenario, parameters with priors, observed data, budget." };
        var outDir = new Option<string?>("--out") { Description = "Results folder (default: results/<calibration file name without .calibration.json>)." };
        var threads = CommonOptions.Positive("--threads", "Simulations run at once (default: all cores). Results do not depend on it.");
        var force = new Option<bool>("--force") { Description = "Replace a results folder that holds another calibration (only when everything in it was written by InfluenceSim)." };
        var outsideFiles = CommonOptions.AllowOutsideFiles();
        var skipMemoryCheck = CommonOptions.SkipMemoryCheck();
        var shard = CommonOptions.Shard("Share each batch of simulations with the other shards of a job array, as i/n, in one folder on a shared disk; shard 1 writes the posterior.");
        var command = new Command("calibrate", "Fit a scenario's parameters to observed data by approximate Bayesian computation (ABC-SMC); run it again to resume.")
        {
            file, outDir, threads, force, outsideFiles, shard, skipMemoryCheck,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.EndsWith(".calibration", StringComparison.Ordinal)) name = name[..^".calibration".Length];
            var folder = parsed.GetValue(outDir) ?? Path.Combine("results", name);
            LoadedCalibration calibration;
            try
            {
                calibration = LoadedCalibration.Load(path, parsed.GetValue(outsideFiles));
            }
            catch (ScenarioException e)
            {
                return ScenarioErrorReport.Print(e, error);
            }

            var (shardIndex, shardCount) = CommonOptions.ParseShard(parsed.GetValue(shard) ?? "1/1")!.Value;
            var threadCount = parsed.GetValue(threads) ?? Environment.ProcessorCount;
            var estimate = Runs.MemoryEstimate.For(calibration.BaseSimulation, threadCount, replicatesKept: threadCount * calibration.Spec.Replicates);
            if (MemoryText.Refuses(estimate, parsed.GetValue(skipMemoryCheck), error)) return ExitCodes.BadInput;
            var spec = calibration.Spec;
            output.WriteLine($"Calibrating '{spec.Name}': {spec.Parameters.Count} parameters against {calibration.Observed.Rows.Count} observations; "
                + $"{spec.Particles} particles, generations 0 to {spec.Generations}, at most {spec.MaxSimulations:N0} simulations, into {folder}.");
            using var ctrlC = new CtrlC();
            try
            {
                var population = CalibrationRunner.Run(calibration, folder, threadCount, parsed.GetValue(force),
                    p => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"generation {p.Generation}: tolerance {(double.IsInfinity(p.Tolerance) ? "none (the prior)" : Numbers.Format(p.Tolerance))}, {p.Simulations:N0} simulations, acceptance {Numbers.Format((double)p.Particles.Count / p.Simulations)}")),
                    shardIndex, shardCount, ctrlC.Token);
                if (shardIndex > 1)
                {
                    output.WriteLine($"Shard {shardIndex} of {shardCount} done; shard 1 writes the posterior into {folder}.");
                    return ExitCodes.Success;
                }

                if (population is null)
                {
                    error.WriteLine($"The budget of {spec.MaxSimulations:N0} simulations ran out before the prior's generation finished; raise maxSimulations.");
                    return ExitCodes.Failure;
                }

                if (population.Generation < spec.Generations) output.WriteLine($"The budget ran out after generation {population.Generation}; the posterior is that generation's.");
                var description = ResultsJson.Read<CalibrationRunner.Description>(Path.Combine(folder, CalibrationRunner.DescriptionFile));
                FigureFiles.Write(folder, [PosteriorPredictiveFigure.For(description.Observations, population)]);
                PrintSummary(folder, output);
                return ExitCodes.Success;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine($"Interrupted. Finished generations are kept in {folder}; run the same command again to resume.");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static void PrintSummary(string folder, TextWriter output)
    {
        output.WriteLine($"Posterior (weighted mean, 90% credible interval) from {Path.Combine(folder, CalibrationRunner.SummaryFile)}:");
        foreach (var line in File.ReadLines(Path.Combine(folder, CalibrationRunner.SummaryFile)).Skip(1))
        {
            var c = line.Split(',');
            double N(int i) => double.Parse(c[i], CultureInfo.InvariantCulture);
            output.WriteLine($"  {c[0],-50} {Numbers.WithInterval(N(4), N(6), N(8))}   (prior {c[1]} on [{Numbers.Format(N(2))}, {Numbers.Format(N(3))}])");
        }

        output.WriteLine($"Also written: {CalibrationRunner.PosteriorFile}, {CalibrationRunner.CorrelationsFile}, generation-NN.csv, figures/{PosteriorPredictiveFigure.Name}.svg and .png.");
    }
}
