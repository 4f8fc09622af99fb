using System.CommandLine;
using InfluenceSim.Cli.Common;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim validate FILE: checks a scenario (or a sweep, NAME.sweep.json, with every point's scenario) and lists every error.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = CommonOptions.Scenario();
        var outsideFiles = CommonOptions.AllowOutsideFiles();
        var threads = CommonOptions.Positive("--threads", "Replicates run at once, for the memory estimate (default: all cores).");
        var command = new Command("validate", "Check a scenario file (or a NAME.sweep.json sweep file) and list every error with file, line, column and JSON path; print the memory a run will need.")
        {
            scenario, outsideFiles, threads,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(scenario)!;
            var threadCount = parsed.GetValue(threads) ?? Environment.ProcessorCount;
            try
            {
                if (path.EndsWith(".sweep.json", StringComparison.Ordinal))
                {
                    var sweep = SweepLoader.Load(path, parsed.GetValue(outsideFiles));
                    output.WriteLine($"{path}: valid sweep ({Numbers.Count(sweep.Points.Count, "point")} of {sweep.Spec.Design.Type} design, every point's scenario valid).");
                    output.WriteLine($"Memory: {MemoryText.Describe(SweepMemory.Estimate(sweep, threadCount))} (the largest point, {Numbers.Count(threadCount, "thread")}).");
                    return ExitCodes.Success;
                }

                var loaded = ScenarioLoader.Load(path, new ScenarioOverrides(FilesOutsideFolder: parsed.GetValue(outsideFiles)));
                var agents = loaded.Scenario.Segments.Sum(s => (long)s.Size);
                var scenario = loaded.Scenario;
                output.WriteLine($"{path}: valid ({Numbers.Count((int)Math.Min(agents, int.MaxValue), "agent")}, {Numbers.Count(scenario.Platforms.Count, "platform")}, " +
                    $"{Numbers.Count(scenario.Narratives.Count, "narrative")}, {Numbers.Count(scenario.Actors.Count, "actor group")}, {Numbers.Count(scenario.Events.Count, "event")}).");
                var estimate = MemoryEstimate.For(ScenarioCompiler.Compile(loaded), threadCount, scenario.Replicates);
                var fits = estimate.FitsIn(MemoryEstimate.Available) ? "" : " It will not fit: run refuses it unless given --skip-memory-check.";
                output.WriteLine($"Memory: {MemoryText.Describe(estimate)} ({Numbers.Count(scenario.Replicates, "replicate")} on {Numbers.Count(threadCount, "thread")}).{fits}");
                return ExitCodes.Success;
            }
            catch (ScenarioException e)
            {
                return ScenarioErrorReport.Print(e, error);
            }
        });
        return command;
    }
}
