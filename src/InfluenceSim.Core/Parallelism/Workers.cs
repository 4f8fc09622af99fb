namespace InfluenceSim.Parallelism;

/// <summary>
/// The threads a piece of work may use, and what runs its parallel parts when something observes them: left out, the
/// parts run on up to <see cref="Threads"/> threads; given a <see cref="IPartRunner"/> (a <see cref="ParallelProfile"/>),
/// each part is handed to it whole. A whole number converts to workers with no runner.
/// </summary>
/// <param name="Threads">Threads at most (below 1 counts as 1).</param>
public readonly record struct Workers(int Threads, IPartRunner? Runner = null)
{
    public static implicit operator Workers(int threads) => new(threads);

    /// <summary>The number of threads, at least 1.</summary>
    public int Count => Math.Max(1, Threads);

    /// <summary>The same runner on fewer or more threads.</summary>
    public Workers With(int threads) => this with { Threads = threads };

    /// <summary>Calls body(item) for every item in [0, count): on up to <see cref="Count"/> threads, or through the runner as the named part.</summary>
    public void For(string part, int count, Action<int> body)
    {
        if (Runner is { } runner) runner.RunPart(part, count, (item, _) => body(item));
        else Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Count }, body);
    }
}
