using InfluenceSim.Moderation;
using InfluenceSim.Parallelism;
using InfluenceSim.Platforms;
using InfluenceSim.Randomness;

namespace InfluenceSim.Simulation;

/// <summary>
/// The posts of a step waiting to reach the feeds of their authors' followers, delivered together at the end of the
/// step's sessions (they are visible only from the next step anyway). Delivery runs over ranges of follower
/// accounts, in parallel when there are threads for it: each range takes every post in the order posted and pushes
/// it to its own followers, so every feed receives the step's posts in the same order however the followers are cut.
/// A down-ranked cascade's item reaches each follower with probability 1 - strength, drawn from the post and the
/// follower, not from a stream.
/// </summary>
internal sealed class FeedDeliveries
{
    /// <summary>
    /// Ranges of followers per thread when there are several: more ranges than threads, taken as threads come free,
    /// so that a thread slowed down by the machine does not hold the others up at the end of the delivery; but few,
    /// as each range looks up every pending post's followers (on scale-1m, sixteen a thread made two threads'
    /// deliveries 20% slower than four).
    /// </summary>
    private const int RangesPerThread = 4;

    /// <summary>
    /// The most feed memory one range spans, so that the feeds it pushes to stay in the processor's cache over the
    /// step's posts: on scale-1m (120 MB of feeds) one thread delivered 20 to 45% faster in 15 ranges than in one.
    /// </summary>
    private const long FeedBytesPerRange = 8 << 20;

    /// <summary>
    /// The most ranges cut for the cache's sake: on scale-10m (1.2 GB of feeds) one thread delivered 6 to 9% slower in
    /// the 143 ranges of 8 MiB than in one, as every range looks up every post's followers, and 9% faster in 16.
    /// </summary>
    private const int MaxCacheRanges = 16;

    /// <summary>Followers ahead of the push being made whose feeds' counts, then next slot, are loaded: pushes hop around the feeds.</summary>
    private const int FeedCountsAhead = 32;
    private const int FeedSlotAhead = 16;

    private readonly PlatformState[] _platforms;
    private readonly PlatformModerator[] _moderators;
    private readonly PostStore _posts;
    private readonly int _agentCount;
    private readonly ulong _downrankSeed;
    private readonly List<Delivery> _pending = [];
    private readonly WorkerTeam _team;
    private readonly FollowerRange[] _ranges;
    private readonly Action<int, int> _deliverRange;

    public FeedDeliveries(PlatformState[] platforms, PlatformModerator[] moderators, PostStore posts, int agentCount, ulong downrankSeed, WorkerTeam team)
    {
        _platforms = platforms;
        _moderators = moderators;
        _posts = posts;
        _agentCount = agentCount;
        _downrankSeed = downrankSeed;
        _team = team;
        _ranges = Ranges(platforms, team.Threads);
        _deliverRange = (range, _) => Deliver(_ranges[range]);
    }

    /// <summary>The post waits for delivery to the followers of its author (global account id) on the platform.</summary>
    public void Add(int post, int account, int platform)
    {
        var reach = _moderators[platform].ReachOf(ref _posts[_posts[post].Root]);
        _pending.Add(new Delivery(post, account, platform, reach));
    }

    public void DeliverAll()
    {
        if (_pending.Count == 0) return;
        _team.For("deliveries", _ranges.Length, _deliverRange);
        _pending.Clear();
    }

    /// <summary>
    /// Each platform's followers cut into equal ranges: four a thread (one on one thread), or more where that leaves
    /// ranges spanning more than <see cref="FeedBytesPerRange"/> of feeds, up to <see cref="MaxCacheRanges"/>.
    /// </summary>
    private static FollowerRange[] Ranges(PlatformState[] platforms, int threads)
    {
        var ranges = new List<FollowerRange>();
        for (var p = 0; p < platforms.Length; p++)
        {
            long members = platforms[p].Members.Length;
            var feedBytes = members * platforms[p].Feeds.Size * sizeof(int);
            var count = Math.Max(threads == 1 ? 1 : threads * RangesPerThread, Math.Min(MaxCacheRanges, (feedBytes + FeedBytesPerRange - 1) / FeedBytesPerRange));
            for (var r = 0; r < count; r++) ranges.Add(new FollowerRange(p, (int)(members * r / count), (int)(members * (r + 1) / count)));
        }

        return [.. ranges];
    }

    /// <summary>Pushes the pending posts of the range's platform to those of their followers in the range.</summary>
    private void Deliver(FollowerRange range)
    {
        var (platform, first, end) = range;
        var state = _platforms[platform];
        foreach (var delivery in _pending)
        {
            if (delivery.Platform != platform) continue;
            var followers = delivery.Account < _agentCount
                ? state.Followers.Neighbours(state.LocalIndex[delivery.Account])
                : state.ActorFollowers(delivery.Account - _agentCount);
            var from = SortedSearch.LowerBound(followers, first);
            var to = SortedSearch.LowerBound(followers, end);
            for (var i = from; i < to; i++)
            {
                if (i + FeedCountsAhead < to) state.Feeds.PrefetchCounts(followers[i + FeedCountsAhead]);
                if (i + FeedSlotAhead < to)
                {
                    var ahead = followers[i + FeedSlotAhead];
                    var next = state.Feeds.End(ahead);
                    state.Feeds.PrefetchSlots(ahead, next, next + 1);
                }

                var follower = followers[i];
                if (delivery.Reach < 1 && SimRandom.UniformFor(_downrankSeed, (ulong)delivery.Post, (ulong)follower) >= delivery.Reach) continue;
                state.Feeds.Push(follower, delivery.Post);
            }
        }
    }

    private readonly record struct Delivery(int Post, int Account, int Platform, double Reach);

    /// <summary>The followers of a platform whose local index lies in [First, End).</summary>
    private readonly record struct FollowerRange(int Platform, int First, int End);
}
