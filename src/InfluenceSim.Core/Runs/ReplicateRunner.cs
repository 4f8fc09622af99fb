using InfluenceSim.Cascades;
using InfluenceSim.Metrics;
using InfluenceSim.Parallelism;

namespace InfluenceSim.Runs;

/// <summary>
/// The one replicate loop, for every model: builds a replicate, records step 0, then steps and records. Runs
/// replicates in parallel; each has its own world, generator and seed, so results do not depend on the number of
/// threads or the order in which replicates finish.
/// </summary>
public static class ReplicateRunner
{
    /// <param name="simulation">The compiled scenario.</param>
    /// <param name="replicate">Which replicate (its seed follows from the number).</param>
    /// <param name="cancellation">Stops the run between steps.</param>
    /// <param name="stepped">Called after the build (step 0) and after every step, with the replicate.</param>
    /// <param name="finished">Called after the last step with the replicate and its cascades (models with posts).</param>
    /// <param name="workers">Threads the replicate's build and steps may use (its results are the same on any number), and what runs their parallel parts when they are observed.</param>
    public static SeriesRecording Run(ISimulation simulation, int replicate, Action<IReplicate>? stepped = null, ReplicateFinished? finished = null,
        Workers workers = default, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var recording = new SeriesRecording(simulation.Layout, replicate, simulation.Steps);
        var world = simulation.Build(replicate, workers);
        recording.Record(world.Counters);
        stepped?.Invoke(world);
        for (var step = 0; step < simulation.Steps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            world.Step();
            recording.Record(world.Counters);
            stepped?.Invoke(world);
        }

        if (world.MeasureCascades() is { } cascades)
        {
            recording.RecordCascades(cascades, workers);
            finished?.Invoke(replicate, world, cascades);
        }

        return recording;
    }

    /// <summary>
    /// Runs replicates on up to <paramref name="threads"/> threads, shared between replicates and their steps as
    /// <see cref="ThreadShare"/> says; returns their recordings in the order asked.
    /// </summary>
    /// <param name="simulation">The compiled scenario.</param>
    /// <param name="replicates">Which replicates; by default all of the scenario's.</param>
    /// <param name="threads">Threads in all (at least 1).</param>
    /// <param name="replicateDone">Called with the replicate number when one finishes (from any thread).</param>
    /// <param name="cancellation">Stops the run between steps.</param>
    /// <param name="finished">Called on the replicate's thread after its last step, with its cascades (models with posts).</param>
    public static SeriesRecording[] RunAll(ISimulation simulation, IReadOnlyList<int>? replicates = null, int threads = 1,
        Action<int>? replicateDone = null, ReplicateFinished? finished = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var numbers = replicates ?? Enumerable.Range(0, simulation.Replicates).ToArray();
        var recordings = new SeriesRecording[numbers.Count];
        var share = ThreadShare.Of(threads, numbers.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = share.ReplicatesAtOnce, CancellationToken = cancellation };
        Parallel.For(0, numbers.Count, options, i =>
        {
            recordings[i] = Run(simulation, numbers[i], finished: finished, workers: share.ThreadsPerReplicate, cancellation: cancellation);
            replicateDone?.Invoke(numbers[i]);
        });
        return recordings;
    }
}

/// <summary>What a replicate left at its end: its number, its world and its cascades.</summary>
public delegate void ReplicateFinished(int replicate, IReplicate world, IReadOnlyList<Cascade> cascades);
