namespace InfluenceSim.Simulation;

/// <summary>
/// Runs a model's replicates, in parallel across replicates. Each replicate's world and generator are its own
/// and its seed depends only on the scenario's seed and the replicate number, so results do not depend on the
/// number of threads or the order in which replicates finish.
/// </summary>
public static class ExperimentRunner
{
    /// <param name="model">The compiled scenario.</param>
    /// <param name="threads">Replicates run at once (at least 1).</param>
    /// <param name="observerFor">Makes the observer of a replicate.</param>
    /// <param name="replicateDone">Called with the replicate number when one finishes (from any thread).</param>
    /// <param name="cancellation">Stops the run between steps.</param>
    /// <returns>The observers, in replicate order.</returns>
    /// <param name="replicates">Which replicates to run; by default 0 to the scenario's replicates - 1.</param>
    public static TObserver[] Run<TObserver>(SimulationModel model, int threads, Func<int, TObserver> observerFor,
        Action<int>? replicateDone = null, CancellationToken cancellation = default, IReadOnlyList<int>? replicates = null)
        where TObserver : IWorldObserver
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(observerFor);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var numbers = replicates ?? Enumerable.Range(0, model.Replicates).ToArray();
        var observers = new TObserver[numbers.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellation };
        Parallel.For(0, numbers.Count, options, i =>
        {
            var observer = observerFor(numbers[i]);
            RunReplicate(model, numbers[i], observer, cancellation);
            observers[i] = observer;
            replicateDone?.Invoke(numbers[i]);
        });
        return observers;
    }

    public static void RunReplicate(SimulationModel model, int replicate, IWorldObserver observer, CancellationToken cancellation = default)
    {
        var world = WorldBuilder.Build(model, replicate);
        observer.Observe(world);
        for (var step = 0; step < model.Steps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            world.Step();
            observer.Observe(world);
        }
    }
}
