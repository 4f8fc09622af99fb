namespace InfluenceSim.Runs;

/// <summary>The parallel loops of a replicate's build and end, which a <see cref="ParallelProfile"/> can time item by item.</summary>
internal static class ParallelParts
{
    /// <summary>
    /// Calls body(item) for every item in [0, count) on up to <paramref name="threads"/> threads; while a profile
    /// records, in order on the calling thread, timed as the named part.
    /// </summary>
    public static void For(string part, int count, int threads, Action<int> body)
    {
        if (ParallelProfile.Current is { } profile) profile.RunPart(part, count, (item, _) => body(item));
        else Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }
}
