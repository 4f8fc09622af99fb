namespace InfluenceSim.Parallelism;

/// <summary>
/// How long parallel parts would take on n threads, given how long each of their items took: the items of a part are
/// handed out in order, each to the thread that is free first (as <see cref="Workers.For"/> and the world's worker
/// team hand them out), and a part ends when its last item does. Times are in any unit, the same throughout.
/// </summary>
internal sealed class ItemSchedule
{
    private readonly long[] _threadFree;

    public ItemSchedule(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _threadFree = new long[threads];
    }

    public int Threads => _threadFree.Length;

    /// <summary>The parts ended so far, each as long as its slowest thread.</summary>
    public long Total { get; private set; }

    /// <summary>The next item of the part being scheduled.</summary>
    public void Add(long duration)
    {
        var first = 0;
        for (var t = 1; t < _threadFree.Length; t++)
        {
            if (_threadFree[t] < _threadFree[first]) first = t;
        }

        _threadFree[first] += duration;
    }

    /// <summary>Ends the part: adds its length to <see cref="Total"/> and frees every thread for the next one.</summary>
    public void EndPart()
    {
        var slowest = 0L;
        for (var t = 0; t < _threadFree.Length; t++)
        {
            slowest = Math.Max(slowest, _threadFree[t]);
            _threadFree[t] = 0;
        }

        Total += slowest;
    }
}
