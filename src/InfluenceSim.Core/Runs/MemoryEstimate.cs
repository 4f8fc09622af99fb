namespace InfluenceSim.Runs;

/// <summary>One part of the memory a run needs: what it holds and how many bytes.</summary>
public sealed record MemoryPart(string What, long Bytes);

/// <summary>
/// The memory a run will need, worked out from the sizes of its compiled scenario before any world is built: each
/// world that runs at once (at its largest, while its networks are built), the recordings kept until the results
/// are written, and the runtime itself. An estimate, checked against measured peaks in the tests; runs refuse to
/// start when it does not fit the memory this process may use.
/// </summary>
public sealed class MemoryEstimate
{
    /// <summary>The .NET runtime, the program and its libraries, before any world.</summary>
    public const long RuntimeBytes = 80L << 20;

    /// <summary>The share of the available memory a run may plan to fill; the rest is left for the system and the garbage collector.</summary>
    public const double UsableShare = 0.9;

    private MemoryEstimate(IReadOnlyList<MemoryPart> parts)
    {
        Parts = parts;
        Bytes = parts.Sum(p => p.Bytes);
    }

    public IReadOnlyList<MemoryPart> Parts { get; }

    public long Bytes { get; }

    /// <summary>The memory this process may use: the machine's, or its container's limit.</summary>
    public static long Available => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <param name="simulation">The compiled scenario.</param>
    /// <param name="threads">Replicates run at once.</param>
    /// <param name="replicatesKept">Replicates whose recordings are held until they are written.</param>
    public static MemoryEstimate For(ISimulation simulation, int threads, int replicatesKept)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var worldsAtOnce = Math.Max(1, Math.Min(threads, replicatesKept));
        var parts = simulation.ReplicateMemory().Select(p => p with { Bytes = Saturating(p.Bytes, worldsAtOnce) }).ToList();
        parts.Add(new MemoryPart("recordings", Saturating(Saturating(simulation.Layout.Series.Count, simulation.Steps + 1L), 8L * replicatesKept)));
        parts.Add(new MemoryPart("runtime", RuntimeBytes));
        return new MemoryEstimate(parts);
    }

    public bool FitsIn(long availableBytes) => Bytes <= availableBytes * UsableShare;

    private static long Saturating(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}
