using InfluenceSim.Memory;

namespace InfluenceSim.Platforms;

/// <summary>
/// The feeds of one platform's accounts as fixed-size ring buffers in one array. Each feed counts the items
/// ever pushed to it and remembers how far its owner has read, so that a session reads only what is new and
/// what was pushed out of the ring is gone.
/// </summary>
public sealed class FeedStore
{
    private const int IntsPerCacheLine = 16;
    private const int PrefetchedSlotsAtMost = 8 * IntsPerCacheLine;

    private readonly int[] _slots;
    private readonly int[] _pushed;
    private readonly int[] _readUpTo;

    public FeedStore(int accounts, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accounts);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        _slots = LargeArrays.Allocate<int>(checked(accounts * size));
        _pushed = LargeArrays.Allocate<int>(accounts);
        _readUpTo = LargeArrays.Allocate<int>(accounts);
    }

    public int Size { get; }

    /// <summary>
    /// The first half of loading a feed ahead of a push or a session (feeds are visited in an order no hardware
    /// prefetcher can guess, and waiting for them was most of the time of both): starts loading the account's counts.
    /// </summary>
    public void PrefetchCounts(int account)
    {
        CacheHints.Prefetch(ref _pushed[account]);
        CacheHints.Prefetch(ref _readUpTo[account]);
    }

    /// <summary>
    /// The second half, once the counts have arrived: starts loading the ring's slots of the sequence numbers from
    /// <paramref name="first"/> up to <paramref name="end"/>, the newest eight cache lines of them at most (a longer
    /// scan runs through the ring in order, which the processor follows by itself).
    /// </summary>
    public void PrefetchSlots(int account, int first, int end)
    {
        first = Math.Max(Math.Max(first, end - Math.Min(Size, PrefetchedSlotsAtMost)), 0);
        if (first >= end) return;
        var ring = account * Size;
        for (var sequence = first; sequence < end; sequence += IntsPerCacheLine) CacheHints.Prefetch(ref _slots[ring + sequence % Size]);
        CacheHints.Prefetch(ref _slots[ring + (end - 1) % Size]);
    }

    public void Push(int account, int post)
    {
        var sequence = _pushed[account]++;
        _slots[account * Size + sequence % Size] = post;
    }

    /// <summary>Sequence number one past the newest item pushed to the account's feed.</summary>
    public int End(int account) => _pushed[account];

    /// <summary>Sequence number of the oldest item that is still in the ring and not yet passed over.</summary>
    public int UnreadStart(int account) => Math.Max(_readUpTo[account], _pushed[account] - Size);

    /// <summary>The post at a sequence number between <see cref="UnreadStart"/> and <see cref="End"/>.</summary>
    public int ItemAt(int account, int sequence) => _slots[account * Size + sequence % Size];

    /// <summary>Marks everything before the sequence number as seen.</summary>
    public void MarkReadUpTo(int account, int sequence) => _readUpTo[account] = sequence;
}
