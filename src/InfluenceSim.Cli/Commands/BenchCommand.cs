using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using InfluenceSim.Classic;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
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
        var classic = new Option<bool>("--classic") { Description = "Instead, time SIR and the independent cascade on a directed Erdos-Renyi graph of 1,000,000 nodes and about 10,000,000 edges." };
        var command = new Command("bench", "Time one replicate of a scenario: build, steps, wall time, peak memory.") { scenario, steps, classic };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(classic))
            {
                MeasureClassic(output);
                return ExitCodes.Success;
            }

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

    /// <summary>SIR (transmission 0.05, recovery 0.2) and the independent cascade (p = 0.15) from 10 random seeds, 3 runs each.</summary>
    private static void MeasureClassic(TextWriter output)
    {
        const int nodes = 1_000_000;
        var build = Stopwatch.StartNew();
        var edges = new EdgeBuffer(11_000_000);
        NetworkGenerator.Generate(new NetworkSpec { Model = NetworkModels.ErdosRenyi, AvgFollows = 10 }, [0, nodes], ["all"], new SimRandom(1), edges);
        var graph = edges.Build(nodes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph               {nodes:N0} nodes, {graph.EdgeCount:N0} edges, built in {build.Elapsed.TotalSeconds:0.00} s"));
        for (var run = 0; run < 3; run++)
        {
            var random = new SimRandom((ulong)(10 + run));
            var clock = Stopwatch.StartNew();
            var sir = new EpidemicProcess(graph, EpidemicModel.SIR, 0.05, 0.2, Seeding.Choose(graph, 10, SeedChoice.Random, random), random);
            sir.RunToEnd(100_000);
            Report(output, "SIR", clock.Elapsed, sir.EverInfected, sir.EdgesVisited, sir.StepsRun);
            clock.Restart();
            var cascade = new IndependentCascade(graph, 0.15, Seeding.Choose(graph, 10, SeedChoice.Random, random), random);
            cascade.RunToEnd(100_000);
            Report(output, "independent cascade", clock.Elapsed, cascade.ActiveCount, cascade.EdgesVisited, cascade.RoundsRun);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory         {Process.GetCurrentProcess().PeakWorkingSet64 / 1073741824.0:0.00} GiB"));
    }

    private static void Report(TextWriter output, string model, TimeSpan elapsed, int reached, long edgesVisited, int steps) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{model,-19} {elapsed.TotalSeconds:0.000} s, {steps} steps, {reached:N0} nodes reached, {edgesVisited:N0} edges tried, {edgesVisited / elapsed.TotalSeconds / 1e6:0.0} M edges/s on one core"));
}
