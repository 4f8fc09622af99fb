using System.Runtime.CompilerServices;
using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Runs;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>
/// Runs a sweep's points into a results folder, every replicate of every point on the given threads. A point is
/// saved as a whole, atomically, the moment its last replicate finishes (point-NNNN/ with the files of a run and
/// the point's scenario.json), so Ctrl+C or a crash loses at most the points under way. Running the same sweep
/// into the same folder again skips the finished points. A folder that holds another sweep is refused.
/// </summary>
public static class SweepRunner
{
    public const string PointScenarioFile = "scenario.json";

    /// <summary>How the points went: how many this shard has, how many were already finished, how many ran now.</summary>
    public sealed record Outcome(int ShardPoints, int AlreadyFinished, int Ran, int FinishedInFolder, int TotalPoints);

    public static Outcome Run(LoadedSweep sweep, string folder, SweepRunOptions options, Action? replicateDone = null,
        Action<int, int>? starting = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(options);
        using var folderLock = FolderLock.Acquire(folder, options.ShardCount > 1 ? $"shard-{options.ShardIndex}-of-{options.ShardCount}" : "");
        var description = PrepareFolder(sweep, folder, options.Force);
        var shardPoints = sweep.Points.Where(p => p.Index % options.ShardCount == options.ShardIndex - 1).ToList();
        var shardFolders = shardPoints.Select(p => p.FolderName).ToHashSet();
        ResultsFolder.RemoveAbandonedStaging(folder, shardFolders.Contains);
        var pending = shardPoints.Where(p => !Directory.Exists(Path.Combine(folder, p.FolderName))).ToList();
        starting?.Invoke(shardPoints.Count - pending.Count, pending.Sum(p => sweep.Scenarios[p.Index].Scenario.Replicates));
        var runs = pending.ToDictionary(p => p.Index, p => ScenarioCompiler.Compile(sweep.Scenarios[p.Index]));
        var work = pending.SelectMany(p => Enumerable.Range(0, runs[p.Index].Replicates).Select(r => (Point: p, Replicate: r))).ToList();
        var recordings = pending.ToDictionary(p => p.Index, p => new SeriesRecording[runs[p.Index].Replicates]);
        var remaining = pending.ToDictionary(p => p.Index, p => new StrongBox<int>(runs[p.Index].Replicates));
        var started = DateTimeOffset.UtcNow;
        var share = ThreadShare.Of(options.Threads, work.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = share.ReplicatesAtOnce, CancellationToken = cancellation };
        try
        {
            Parallel.ForEach(work, parallel, item =>
            {
                var run = runs[item.Point.Index];
                recordings[item.Point.Index][item.Replicate] = ReplicateRunner.Run(run, item.Replicate, workers: share.ThreadsPerReplicate, cancellation: cancellation);
                replicateDone?.Invoke();
                if (Interlocked.Decrement(ref remaining[item.Point.Index].Value) == 0)
                {
                    SavePoint(folder, sweep, item.Point, run, recordings[item.Point.Index], options, started, cancellation);
                    recordings[item.Point.Index] = [];
                }
            });
        }
        finally
        {
            SweepTables.Write(folder, description);
        }

        var finished = sweep.Points.Count(p => Directory.Exists(Path.Combine(folder, p.FolderName)));
        return new Outcome(shardPoints.Count, shardPoints.Count - pending.Count, pending.Count, finished, sweep.Points.Count);
    }

    /// <summary>Creates the folder with its sweep.json, or checks that it holds this same sweep (unless replacing it).</summary>
    private static SweepDescription PrepareFolder(LoadedSweep sweep, string folder, bool force)
    {
        var description = sweep.Describe();
        if (SweepDescription.IsSweepFolder(folder))
        {
            if (SweepDescription.Read(folder).SweepSha256 == sweep.SourceHash && !force) return description;
            if (!force)
            {
                throw new OutputFolderException($"'{folder}' holds the results of another sweep (or of an earlier version of this one); choose another folder, or replace them (--force)");
            }
        }
        else if (ResultsFolder.HoldsResults(folder) && !force)
        {
            throw new OutputFolderException($"'{folder}' already holds files that are not a sweep's; choose another folder, or replace them (--force)");
        }

        if (force && Directory.Exists(folder))
        {
            ResultsFolder.CheckReplaceable(folder, replaceExisting: true);
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        description.Write(folder);
        return description;
    }

    private static void SavePoint(string folder, LoadedSweep sweep, SweepPoint point, ISimulation run, SeriesRecording[] recordings,
        SweepRunOptions options, DateTimeOffset started, CancellationToken cancellation)
    {
        var loaded = sweep.Scenarios[point.Index];
        var results = RunResults.Of(loaded, run, recordings, options.Threads, started, DateTimeOffset.UtcNow);
        var located = new RunResults(results.Summary, results.Manifest with
        {
            Sweep = new SweepPointInfo(Path.GetFullPath(sweep.SourcePath), point.Index,
                new JObject(sweep.Spec.Parameters.Select((p, i) => new JProperty(p.Path, point.Values[i].DeepClone())))),
        }, recordings);
        ResultsFolder.Publish(Path.Combine(folder, point.FolderName), false, pointFolder =>
        {
            located.Write(pointFolder, options.Format);
            File.WriteAllText(Path.Combine(pointFolder, PointScenarioFile), loaded.Resolved.ToString(Formatting.Indented) + "\n");
        }, cancellation);
    }
}

/// <summary>How to run a sweep: threads, the shard (1-based index of count), whether to replace another sweep's folder, and how points' time series are written.</summary>
public sealed record SweepRunOptions(int Threads, int ShardIndex = 1, int ShardCount = 1, bool Force = false, TimeseriesFormat Format = TimeseriesFormat.Csv);
