using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using InfluenceSim.Scenarios;
using InfluenceSim.Simulation;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// influencesim bench [SCENARIO]: times one replicate of a scenario (by default scenarios/scale-1m.json):
/// world and network build, each step, the whole run, peak memory and what the step loop allocated.
/// Writes no results.
/// </summary>
internal static class BenchCommand
{
    public const string DefaultScenario = "scenarios/scale-1m.json";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario to time.", DefaultValueFactory = _ => DefaultScenario };
        var steps = CommonOptions.Positive("--steps", "Number of steps, replacing the scenario's.");
        var command = new Command("bench", "Time one replicate of a scenario: build, steps, wall time, peak memory.") { scenario, steps };
        command.SetAction(parsed =>
        {
            try
            {
                var loaded = ScenarioLoader.Load(parsed.GetValue(scenario)!, new ScenarioOverrides(Steps: parsed.GetValue(steps), Replicates: 1));
                Measure(loaded, output);
                return ExitCodes.Success;
            }
            catch (ScenarioException e)
            {
                return ScenarioErrorReport.Print(e, error);
            }
        });
        return command;
    }

    private static void Measure(LoadedScenario loaded, TextWriter output)
    {
        var total = Stopwatch.StartNew();
        var model = new SimulationModel(loaded);
        var build = Stopwatch.StartNew();
        var world = WorldBuilder.Build(model, 0);
        build.Stop();
        var stepTimes = new double[model.Steps];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var step = 0; step < model.Steps; step++)
        {
            var clock = Stopwatch.StartNew();
            world.Step();
            stepTimes[step] = clock.Elapsed.TotalMilliseconds;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        total.Stop();
        var edges = world.Platforms.Sum(p => p.FollowEdgeCount);
        var sorted = stepTimes.OrderBy(t => t).ToArray();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var lines = new[]
        {
            $"scenario            {model.Scenario.Name} ({loaded.SourcePath})",
            $"agents              {model.AgentCount:N0} audience, {world.ActorAccountCount:N0} actor accounts",
            $"follow edges        {edges:N0} on {world.Platforms.Length} platform(s)",
            $"world build         {build.Elapsed.TotalSeconds:0.00} s (membership, networks, feeds, initial believers)",
            $"steps               {model.Steps}: mean {stepTimes.Average():0.0} ms, median {sorted[sorted.Length / 2]:0.0} ms, max {sorted[^1]:0.0} ms",
            $"posts               {world.Posts.Count:N0}",
            $"allocated in steps  {allocated / 1048576.0:0.0} MiB (growth of the post store and review queues)",
            $"total wall time     {total.Elapsed.TotalSeconds:0.00} s",
            $"peak memory         {peak / 1073741824.0:0.00} GiB (peak working set)",
        };
        foreach (var line in lines) output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
    }
}
