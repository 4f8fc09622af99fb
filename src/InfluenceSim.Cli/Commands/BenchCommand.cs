using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using InfluenceSim.Classic;
using InfluenceSim.Cli.Common;
using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Output;
using InfluenceSim.Parallelism;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// influencesim bench [SCENARIO]: times one whole replicate of a scenario (by default scenarios/scale-1m.json) through
/// the same runner as 'run', recording included: world build, each step, the whole run, peak memory and what the
/// steps allocated; with --log, also the time and size of the logs, written to a temporary folder and deleted. With
/// --classic, SIR and the independent cascade on a million-node graph, beside this machine's rate of reading that graph's
/// rows in random order, so that the times compare across machines as edge reads. With --profile, the replicate's
/// serial work apart from its parallel parts, and its projected speed-up on more cores (<see cref="ParallelProfile"/>).
/// Writes no results.
/// </summary>
internal static class BenchCommand
{
    public const string DefaultScenario = "scenarios/scale-1m.json";

    /// <summary>The threads --profile cuts the replicate for, unless --threads says otherwise.</summary>
    private const int ProfiledThreads = 16;

    /// <summary>SIR (transmission 0.05, recovery 0.2) and the independent cascade (p = 0.15), 10 random seeds, on a directed Erdos-Renyi graph of 1,000,000 nodes with mean degree 10.</summary>
    internal static LoadedScenario[] ClassicScenarios() =>
    [
        ClassicScenario(ScenarioModels.SIR, """{ "transmission": 0.05, "recovery": 0.2, "seeds": { "count": 10 } }"""),
        ClassicScenario(ScenarioModels.IndependentCascade, """{ "activation": 0.15, "seeds": { "count": 10 } }"""),
    ];

    private static LoadedScenario ClassicScenario(string model, string parameters) => ScenarioLoader.Parse($$"""
        {
          "name": "bench-{{model}}", "seed": 10, "steps": 300, "replicates": 3, "model": "{{model}}",
          "classic": {{parameters}},
          "network": { "model": "erdos-renyi", "avgFollows": 10 },
          "segments": [ { "id": "everyone", "size": 1000000 } ]
        }
        """, $"bench-{model}.json", Directory.GetCurrentDirectory());

    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "The scenario to time.", DefaultValueFactory = _ => DefaultScenario };
        var steps = CommonOptions.Positive("--steps", "Number of steps, replacing the scenario's.");
        var threads = CommonOptions.Positive("--threads", "Threads the replicate's build and steps run on (default 1). Results do not depend on it.");
        var classic = new Option<bool>("--classic") { Description = "Instead, time SIR and the independent cascade (3 runs each, 300 steps) on a directed Erdos-Renyi graph of 1,000,000 nodes and about 10,000,000 edges." };
        var outsideFiles = CommonOptions.AllowOutsideFiles();
        var skipMemoryCheck = CommonOptions.SkipMemoryCheck();
        var logs = CommonOptions.Logs();
        var reach = CommonOptions.CascadeReach();
        var profile = new Option<bool>("--profile")
        {
            Description = "Run the replicate on one thread, cut into the parallel items of --threads threads (default 16), timing its serial work and each item, and project its speed-up on 2 to that many cores.",
        };
        var command = new Command("bench", "Time whole replicates of a scenario, recording included: build, steps, wall time, peak memory against the estimate.")
        {
            scenario, steps, threads, classic, outsideFiles, skipMemoryCheck, logs, reach, profile,
        };
        command.SetAction(parsed =>
        {
            try
            {
                var profiling = parsed.GetValue(profile);
                if (profiling && (parsed.GetValue(classic) || parsed.GetValue(threads) == 1))
                {
                    error.WriteLine("bench --profile projects a replicate's time on 2 or more threads: leave out --classic, and give --threads 2 or more (default 16).");
                    return ExitCodes.BadInput;
                }

                var simulations = parsed.GetValue(classic)
                    ? ClassicScenarios()
                    : [ScenarioLoader.Load(parsed.GetValue(scenario)!, new ScenarioOverrides(Steps: parsed.GetValue(steps), Replicates: 1,
                        FilesOutsideFolder: parsed.GetValue(outsideFiles), Logs: parsed.GetValue(logs), CascadeReach: parsed.GetValue(reach)))];
                var compiled = simulations.Select(ScenarioCompiler.Compile).ToArray();
                var estimate = compiled.Select(s => MemoryEstimate.For(s, threads: 1, replicatesKept: 1)).MaxBy(e => e.Bytes)!;
                if (MemoryText.Refuses(estimate, parsed.GetValue(skipMemoryCheck), error)) return ExitCodes.BadInput;
                double? edgesPerSecond = null;
                var threadCount = parsed.GetValue(threads) ?? (profiling ? ProfiledThreads : 1);
                for (var i = 0; i < compiled.Length; i++)
                {
                    if (parsed.GetValue(classic)) MeasureClassic(simulations[i], compiled[i], output, ref edgesPerSecond);
                    else Measure(simulations[i], compiled[i], output, threadCount, profiling ? new ParallelProfile(ParallelProfile.CoresUpTo(threadCount)) : null);
                }

                Write(output, $"peak memory         {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MiB (peak working set; estimated {estimate.Bytes / 1048576.0:0} MiB)");
                return ExitCodes.Success;
            }
            catch (ScenarioException e)
            {
                return ScenarioErrorReport.Print(e, error);
            }
        });
        return command;
    }

    /// <summary>Times replicate 0: the build (up to the record of step 0) and each step with its recording.</summary>
    private static (TimeSpan Build, double[] StepMilliseconds, long Allocated, IReplicate World, SeriesRecording Recording) Time(ISimulation simulation, int replicate,
        ReplicateFinished? finished = null, Workers workers = default)
    {
        var clock = Stopwatch.StartNew();
        var build = TimeSpan.Zero;
        var stepTimes = new double[simulation.Steps];
        long allocatedBefore = 0;
        IReplicate? world = null;
        var recording = ReplicateRunner.Run(simulation, replicate, stepped: current =>
        {
            if (current.CurrentStep == 0)
            {
                build = clock.Elapsed;
                allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                world = current;
            }
            else
            {
                stepTimes[current.CurrentStep - 1] = clock.Elapsed.TotalMilliseconds;
            }
        }, finished: finished, workers: workers);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var previous = build.TotalMilliseconds;
        for (var step = 0; step < stepTimes.Length; step++) (stepTimes[step], previous) = (stepTimes[step] - previous, stepTimes[step]);
        return (build, stepTimes, allocated, world!, recording);
    }

    private static void Measure(LoadedScenario loaded, ISimulation simulation, TextWriter output, int threads, ParallelProfile? profile)
    {
        var logFolder = Directory.CreateTempSubdirectory("influencesim-bench-");
        try
        {
            var logs = new RunLogs(logFolder.FullName, loaded.Scenario.Logs);
            var logTime = TimeSpan.Zero;
            var total = Stopwatch.StartNew();
            var timed = Time(simulation, 0, (number, world, cascades) =>
            {
                var clock = Stopwatch.StartNew();
                logs.Write(number, world, cascades);
                logTime = clock.Elapsed;
            }, profile?.Workers(threads) ?? threads);
            total.Stop();
            var (build, stepTimes, allocated, replicate, _) = timed;
            Report(loaded, simulation, output, build, stepTimes, allocated, replicate, total.Elapsed, profile is not null);
            if (profile is not null) ReportProfile(output, profile, total.Elapsed);
            foreach (var kind in loaded.Scenario.Logs)
            {
                var bytes = logFolder.EnumerateFiles("*.parquet", SearchOption.AllDirectories).Where(f => f.Directory!.Name == RunLogs.FolderOf(kind)).Sum(f => f.Length);
                var rows = kind == LogKinds.Posts ? replicate.PostHistory!.Posts.Count : replicate.MeasureCascades()!.Count;
                Write(output, $"log of {kind,-13} {bytes / 1048576.0:0.0} MiB for {rows:N0} rows, {bytes / Math.Max(1.0, rows) * 1e6 / 1048576.0:0} MiB per million rows");
            }

            if (!logs.IsEmpty) Write(output, $"logs written in     {logTime.TotalSeconds:0.00} s (included in the total)");
        }
        finally
        {
            logFolder.Delete(recursive: true);
        }
    }

    private static void Report(LoadedScenario loaded, ISimulation simulation, TextWriter output, TimeSpan build, double[] stepTimes, long allocated,
        IReplicate replicate, TimeSpan total, bool profiled)
    {
        var sorted = stepTimes.OrderBy(t => t).ToArray();
        Write(output, $"scenario            {loaded.Scenario.Name} ({loaded.SourcePath})");
        Write(output, $"agents              {simulation.Layout.Population:N0}");
        if (replicate.PostHistory is { } history)
        {
            Write(output, $"actor accounts      {replicate.Accounts.ActorAccountCount:N0}");
            if (profiled) Write(output, $"threads             1, the parallel parts cut for {replicate.Threads} (--profile)");
            else Write(output, $"threads             {replicate.Threads}");
            Write(output, $"follow edges        {replicate.Accounts.FollowEdgeCount:N0} on {Numbers.Count(simulation.Layout.Platforms.Count, "platform")}");
            Write(output, $"posts               {history.Posts.Count:N0}");
        }

        Write(output, $"world build         {build.TotalSeconds:0.00} s (membership, networks, feeds, initial believers, first record)");
        if (sorted.Length > 0) Write(output, $"steps               {sorted.Length}: {stepTimes.Sum() / 1000:0.000} s in all, mean {stepTimes.Average():0.0} ms, median {sorted[sorted.Length / 2]:0.0} ms, max {sorted[^1]:0.0} ms (recording included)");
        Write(output, $"allocated in steps  {allocated / 1048576.0:0.0} MiB (growth of stores: posts or messages, review queues)");
        Write(output, $"total wall time     {total.TotalSeconds:0.00} s");
    }

    /// <summary>
    /// The serial work; the projected speed-ups, each core count on a line (cores, scheduled, Amdahl's bound); and each
    /// parallel part on one thread, scheduled on the most cores, and divided evenly between them.
    /// </summary>
    private static void ReportProfile(TextWriter output, ParallelProfile profile, TimeSpan total)
    {
        var serial = total - profile.InItems;
        Write(output, $"serial work         {serial.TotalSeconds:0.000} s of {total.TotalSeconds:0.000} s ({serial / total:0.0%}); the rest in {profile.Items:N0} items of {profile.Parts:N0} parallel parts");
        Write(output, $"projected speed-up  cores  scheduled  Amdahl's bound (items scheduled as the parts hand them out; costs of many threads left out)");
        foreach (var projection in profile.Project(total))
        {
            Write(output, $"                    {projection.Cores,5}  {total / projection.Scheduled,8:0.00}x  {total / projection.Amdahl,8:0.00}x");
        }

        var parts = profile.PartTimes;
        if (parts.Count == 0) return;
        Write(output, $"parallel parts      {"part",-22} {"runs",5} {"items",8}  one thread  {parts[0].Cores,2} cores  evenly");
        foreach (var part in parts)
        {
            Write(output, $"                    {part.Name,-22} {part.Runs,5} {part.Items,8:N0}  {part.OneThread.TotalSeconds,8:0.000} s  {part.Scheduled.TotalSeconds,6:0.000} s  {part.OneThread.TotalSeconds / part.Cores,6:0.000} s");
        }
    }

    private static void MeasureClassic(LoadedScenario loaded, ISimulation simulation, TextWriter output, ref double? edgesPerSecond)
    {
        var reached = simulation.Layout.RecordedMetrics.Where(m => m != MetricCatalogue.Susceptible).ToArray();
        for (var run = 0; run < simulation.Replicates; run++)
        {
            var (build, stepTimes, _, replicate, recording) = Time(simulation, run);
            if (edgesPerSecond is null)
            {
                edgesPerSecond = RandomRowReads.Measure(replicate.Accounts.Network!, seed: 1).EdgesPerSecond;
                Write(output, $"random row reads    {edgesPerSecond / 1e6:0} M edges/s (this machine: every row of the graph once in shuffled order, best of 3)");
            }

            var nodes = reached.Sum(m => recording.Final(new SeriesKey(m)));
            var seconds = stepTimes.Sum() / 1000;
            Write(output, $"{loaded.Scenario.Model,-20} run {run}: graph and seeds {build.TotalSeconds:0.00} s, {stepTimes.Length} steps {seconds:0.000} s (recording included) = {seconds * edgesPerSecond / 1e6:0.0} M random edge reads, {nodes:N0} nodes reached");
        }
    }

    private static void Write(TextWriter output, FormattableString line) => output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
