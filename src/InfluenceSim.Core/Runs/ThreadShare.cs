namespace InfluenceSim.Runs;

/// <summary>
/// How threads are shared between replicates and the steps of each: first as many replicates at once as there are
/// threads, then what is left over goes to those replicates' own steps. 8 threads run 8 replicates of one thread
/// each, 2 of four, or 1 of eight; 3 threads and 2 replicates run both on one thread each. Results do not depend on it.
/// </summary>
public readonly record struct ThreadShare(int ReplicatesAtOnce, int ThreadsPerReplicate)
{
    public static ThreadShare Of(int threads, int replicates)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var atOnce = Math.Max(1, Math.Min(threads, replicates));
        return new ThreadShare(atOnce, threads / atOnce);
    }
}
