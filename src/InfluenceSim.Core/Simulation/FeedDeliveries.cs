using InfluenceSim.Moderation;
using InfluenceSim.Platforms;
using InfluenceSim.Randomness;

namespace InfluenceSim.Simulation;

/// <summary>
/// The posts of a step waiting to reach the feeds of their authors' followers, delivered together at the end of the
/// step's sessions (they are visible only from the next step anyway). Delivery runs in parallel over ranges of
/// follower accounts: each range takes every post in the order posted and pushes it to its own followers, so every
/// feed receives the step's posts in the same order on any number of threads. A down-ranked cascade's item reaches
/// each follower with probability 1 - strength, drawn from the post and the follower, not from a stream.
/// </summary>
internal sealed class FeedDeliveries
{
    /// <summary>
    /// Ranges of followers per thread: more ranges than threads, taken as threads come free, so that a thread slowed
    /// down by the machine does not hold the others up at the end of the delivery; but few, as each range looks up
    /// every pending post's followers (on scale-1m, sixteen a thread made two threads' deliveries 20% slower than four).
    /// </summary>
    private const int RangesPerThread = 4;

    /// <summary>Followers ahead of the push being made whose feeds' counts, then next slot, are loaded: pushes hop around the feeds.</summary>
    private const int FeedCountsAhead = 32;
    private const int FeedSlotAhead = 16;

    private readonly PlatformState[] _platforms;
    private readonly PlatformModerator[] _moderators;
    private readonly PostStore _posts;
    private readonly int _agentCount;
    private readonly ulong _downrankSeed;
    private readonly List<Delivery> _pending = [];
    private readonly ParallelOptions _parallel;
    private readonly int _ranges;
    private readonly Action<int> _deliverSlice;

    public FeedDeliveries(PlatformState[] platforms, PlatformModerator[] moderators, PostStore posts, int agentCount, ulong downrankSeed, int threads)
    {
        _platforms = platforms;
        _moderators = moderators;
        _posts = posts;
        _agentCount = agentCount;
        _downrankSeed = downrankSeed;
        _ranges = threads == 1 ? 1 : threads * RangesPerThread;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        _deliverSlice = DeliverSlice;
    }

    /// <summary>The post waits for delivery to the followers of its author (global account id) on the platform.</summary>
    public void Add(int post, int account, int platform)
    {
        var reach = (_posts[_posts[post].Root].Status & PostStatus.Downranked) != 0 ? 1 - _moderators[platform].Policy.DownrankStrength : 1.0;
        _pending.Add(new Delivery(post, account, platform, reach));
    }

    public void DeliverAll()
    {
        if (_pending.Count == 0) return;
        if (_ranges == 1)
        {
            for (var p = 0; p < _platforms.Length; p++) Deliver(p, 0, _platforms[p].Members.Length);
        }
        else
        {
            Parallel.For(0, _platforms.Length * _ranges, _parallel, _deliverSlice);
        }

        _pending.Clear();
    }

    /// <summary>Slice s is range s % ranges of the followers of platform s / ranges.</summary>
    private void DeliverSlice(int slice)
    {
        var platform = slice / _ranges;
        var range = slice % _ranges;
        var members = (long)_platforms[platform].Members.Length;
        Deliver(platform, (int)(members * range / _ranges), (int)(members * (range + 1) / _ranges));
    }

    /// <summary>Pushes the pending posts of the platform to those of their followers whose local index lies in [first, end).</summary>
    private void Deliver(int platform, int first, int end)
    {
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
}
