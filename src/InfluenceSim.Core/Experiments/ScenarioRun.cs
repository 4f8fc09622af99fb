using InfluenceSim.Output;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Experiments;

/// <summary>
/// The run workflow, beside the sweep runner: one scenario's replicates into a results folder. The folder is claimed
/// with a lock, refused when it holds results unless they may be replaced, and filled in a staging folder that is
/// renamed into place when complete (<see cref="ResultsFolder.Publish"/>), so Ctrl+C or a crash leaves the complete
/// results or nothing.
/// </summary>
public sealed class ScenarioRun
{
    private ScenarioRun(LoadedScenario loaded, ISimulation simulation, IReadOnlyList<int> replicates)
    {
        Loaded = loaded;
        Simulation = simulation;
        Replicates = replicates;
    }

    public LoadedScenario Loaded { get; }

    public ISimulation Simulation { get; }

    /// <summary>The replicates to run: all of the scenario's, or the one asked for.</summary>
    public IReadOnlyList<int> Replicates { get; }

    /// <summary>Compiles the scenario for running all its replicates, or only <paramref name="onlyReplicate"/> (with the seed it has in a full run).</summary>
    /// <exception cref="RunRequestException">The scenario has no such replicate; the message says which it has.</exception>
    public static ScenarioRun Of(LoadedScenario loaded, int? onlyReplicate = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var simulation = ScenarioCompiler.Compile(loaded);
        if (onlyReplicate is { } one && (one < 0 || one >= simulation.Replicates))
        {
            throw new RunRequestException($"--replicate {one}: the scenario has {Numbers.Count(simulation.Replicates, "replicate")}, numbered 0 to {simulation.Replicates - 1}");
        }

        int[] replicates = onlyReplicate is { } only ? [only] : [.. Enumerable.Range(0, simulation.Replicates)];
        return new ScenarioRun(loaded, simulation, replicates);
    }

    /// <summary>The memory the run will need on <paramref name="threads"/> threads.</summary>
    public MemoryEstimate Memory(int threads) => MemoryEstimate.For(Simulation, threads, Replicates.Count);

    /// <summary>
    /// Claims a results folder before any work: locks it (released when the claim is disposed, or by the operating
    /// system when the process ends), and refuses one that holds results unless they may be replaced.
    /// </summary>
    /// <param name="replace">Replace results already in the folder (only when InfluenceSim wrote every file in it).</param>
    /// <exception cref="OutputFolderException">The folder holds results that may not be replaced, or files InfluenceSim did not write, or another process is writing to it.</exception>
    public static ClaimedFolder Claim(string folder, bool replace)
    {
        var folderLock = FolderLock.Acquire(folder);
        try
        {
            if (!replace && ResultsFolder.HoldsResults(folder))
            {
                throw new OutputFolderException($"'{folder}' already holds results; choose another folder with --out, or pass --force to replace them");
            }

            ResultsFolder.CheckReplaceable(folder, replace);
            return new ClaimedFolder(folder, replace, folderLock);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>Runs the replicates into the claimed folder and publishes their results as a whole.</summary>
    /// <param name="threads">Threads in all, shared between replicates and their steps; the results do not depend on them.</param>
    /// <param name="format">How the time series are written.</param>
    /// <param name="replicateDone">Called when a replicate finishes (from any thread).</param>
    /// <param name="addFiles">Writes more files (figures) into the staging folder with the results, before they are published.</param>
    /// <exception cref="OperationCanceledException">Cancelled: nothing was published.</exception>
    public RunResults Run(ClaimedFolder folder, int threads, TimeseriesFormat format, Action? replicateDone = null,
        Action<string, RunResults>? addFiles = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var started = DateTimeOffset.UtcNow;
        RunResults? results = null;
        ResultsFolder.Publish(folder.Path, folder.Replace, staging =>
        {
            var logs = new RunLogs(staging, Loaded.Scenario.Logs);
            var recordings = ReplicateRunner.RunAll(Simulation, Replicates, threads, _ => replicateDone?.Invoke(), logs.Write, cancellation);
            results = RunResults.Of(Loaded, Simulation, recordings, threads, started, DateTimeOffset.UtcNow);
            results.Write(staging, format);
            addFiles?.Invoke(staging, results);
        }, cancellation);
        return results!;
    }
}

/// <summary>A results folder claimed for a run (<see cref="ScenarioRun.Claim"/>): locked until disposed.</summary>
public sealed class ClaimedFolder(string path, bool replace, IDisposable folderLock) : IDisposable
{
    public string Path { get; } = path;

    /// <summary>Results already in the folder are replaced.</summary>
    public bool Replace { get; } = replace;

    public void Dispose() => folderLock.Dispose();
}

/// <summary>A run that cannot be done as asked (a replicate the scenario does not have); nothing was run or written.</summary>
public sealed class RunRequestException(string message) : Exception(message);
