using InfluenceSim.Memory;
using InfluenceSim.Metrics;
using InfluenceSim.Platforms;
using InfluenceSim.Randomness;

namespace InfluenceSim.Moderation;

/// <summary>
/// The moderation of one platform in a replicate (MODEL.md section 5): flags from the classifier, from reports and
/// from the circuit breaker; a review backlog worked at a limited rate; labels, down-ranking, removal, strikes and
/// bans; detection of state and proxy accounts; banned actor accounts coming back under new names. Moderation acts
/// on cascades: what it does to an original applies to all of its reshares.
/// </summary>
public sealed class PlatformModerator
{
    private readonly ModerationSubjects _subjects;
    private readonly int _platform;
    private readonly PlatformState _state;
    private readonly PostStore _posts;
    private readonly SimRandom _random;
    private readonly int[] _actorOfAccount;
    private readonly Counter _flagged;
    private readonly Counter _removedFalsehood;
    private readonly Counter _removedOther;
    private readonly Counter _labelled;
    private readonly Counter _labelledAccounts;
    private readonly Counter _bannedActorAccounts;
    private readonly Counter _bannedGenuineAccounts;
    private readonly Counter _recreatedAccounts;
    private readonly Counter _circuitBreakerTrips;
    private readonly Counter _reviewBacklog;
    private readonly ushort[] _audienceStrikes;
    private readonly bool[] _audienceBanned;
    private readonly ushort[] _actorStrikes;
    private readonly int[] _actorBannedAt;
    private readonly int[] _actorReturnsAt;
    private readonly int[] _actorRecreations;
    private readonly bool[] _actorKnownAffiliated;
    private readonly bool[] _actorDetectable;
    private readonly ReviewQueue _queue = new();

    /// <summary>Audience accounts banned so far: while there are none, no feed item needs its author looked up.</summary>
    private int _audienceBans;
    private ActorModeration _actors;
    private double _capacityCarry;
    private int _step;

    /// <param name="subjects">What moderation acts on.</param>
    /// <param name="platform">The platform's number.</param>
    /// <param name="state">The platform's accounts and feeds.</param>
    /// <param name="posts">The replicate's posts.</param>
    /// <param name="counters">Where the moderation metrics are counted.</param>
    /// <param name="random">The replicate's generator.</param>
    /// <param name="policy">The policy at step 0.</param>
    /// <param name="actors">The actor groups' parameters at step 0.</param>
    public PlatformModerator(ModerationSubjects subjects, int platform, PlatformState state, PostStore posts, MetricCounters counters,
        SimRandom random, ModerationParameters policy, ActorModeration actors)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(counters);
        _subjects = subjects;
        _platform = platform;
        _state = state ?? throw new ArgumentNullException(nameof(state));
        _posts = posts ?? throw new ArgumentNullException(nameof(posts));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _actorOfAccount = subjects.ActorOfAccount;
        _flagged = counters.For(MetricCatalogue.Flagged);
        _removedFalsehood = counters.For(MetricCatalogue.RemovedFalsehood);
        _removedOther = counters.For(MetricCatalogue.RemovedOther);
        _labelled = counters.For(MetricCatalogue.Labelled);
        _labelledAccounts = counters.For(MetricCatalogue.LabelledAccounts);
        _bannedActorAccounts = counters.For(MetricCatalogue.BannedActorAccounts);
        _bannedGenuineAccounts = counters.For(MetricCatalogue.BannedGenuineAccounts);
        _recreatedAccounts = counters.For(MetricCatalogue.RecreatedAccounts);
        _circuitBreakerTrips = counters.For(MetricCatalogue.CircuitBreakerTrips);
        _reviewBacklog = counters.For(MetricCatalogue.ReviewBacklog);
        var actorOfAccount = _actorOfAccount;
        _audienceStrikes = LargeArrays.Allocate<ushort>(state.Members.Length);
        _audienceBanned = LargeArrays.Allocate<bool>(state.Members.Length);
        _actorStrikes = new ushort[actorOfAccount.Length];
        _actorBannedAt = new int[actorOfAccount.Length];
        Array.Fill(_actorBannedAt, -1);
        _actorReturnsAt = new int[actorOfAccount.Length];
        _actorRecreations = new int[actorOfAccount.Length];
        _actorKnownAffiliated = actorOfAccount.Select(a => subjects.ActorIsState[a]).ToArray();
        _actorDetectable = actorOfAccount.Select(a => subjects.ActorIsDetectable[a]).ToArray();
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
    }

    /// <summary>The policy in force this step.</summary>
    public ModerationParameters Policy { get; private set; }

    public int Backlog => _queue.Count;

    /// <summary>Switches in the step's policy; banned actor accounts whose delay is over come back before anyone posts.</summary>
    public void BeginStep(int step, ModerationParameters policy, ActorModeration actors)
    {
        _step = step;
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
        BringBackAccounts();
    }

    public bool IsAudienceBanned(int localAccount) => _audienceBanned[localAccount];

    /// <summary>True while an actor account is banned and has not come back yet.</summary>
    public bool IsActorDown(int actorAccount) => _actorBannedAt[actorAccount] >= 0 && _actorReturnsAt[actorAccount] > _step;

    /// <summary>An item is gone when its cascade was removed, or when it or its cascade's original was posted by an account (name) since banned.</summary>
    public bool IsHidden(ref Post item)
    {
        ref var root = ref _posts[item.Root];
        return (root.Status & PostStatus.Removed) != 0 || PostedByBannedName(item.Author, item.Step) || PostedByBannedName(root.Author, root.Step);
    }

    /// <summary>What moderation does to the cascade's items as a reader meets them: labels, the nudge, the circuit breaker.</summary>
    public PostTreatment TreatmentOf(ref Post root) => new(Policy, IsLabelled(ref root), (root.Status & PostStatus.Throttled) != 0);

    /// <summary>The share of a new push of the cascade's items that enters a feed: 1 - strength once down-ranked.</summary>
    public double ReachOf(ref Post root) => (root.Status & PostStatus.Downranked) != 0 ? 1 - Policy.DownrankStrength : 1.0;

    /// <summary>The share of a down-ranked cascade's ranking score that moderation takes away (the feeds' rankings apply it).</summary>
    public double DownrankStrength => Policy.DownrankStrength;

    /// <summary>True when the cascade carries a misleading label, or its original's account a state-affiliated one.</summary>
    public bool IsLabelled(ref Post root)
    {
        if ((root.Status & PostStatus.Labelled) != 0) return true;
        return Policy.LabelStateAffiliated && root.Author >= _subjects.AgentCount && _actorKnownAffiliated[root.Author - _subjects.AgentCount];
    }

    /// <summary>The content classifier looks at a new original post.</summary>
    public void OnOriginal(int postId)
    {
        var falsehood = _subjects.NarrativeFalsehood[_posts[postId].Narrative];
        var probability = falsehood ? Policy.Recall : Policy.FalsePositiveRate;
        if (probability > 0 && _random.Bernoulli(probability)) Flag(postId);
    }

    /// <summary>A reader who understood a falsehood and did not believe it reported the cascade (with the policy's report rate).</summary>
    public void OnReport(int rootId) => Flag(rootId);

    /// <summary>The circuit breaker throttles a cascade reshared faster than its threshold, until it is reviewed.</summary>
    public void OnReshare(int rootId)
    {
        ref var root = ref _posts[rootId];
        if (root.RecentShares <= Policy.CircuitBreakerResharesPerStep || (root.Status & (PostStatus.Throttled | PostStatus.Reviewed)) != 0) return;
        root.Status |= PostStatus.Throttled;
        _circuitBreakerTrips.Increment(platform: _platform);
        Flag(rootId);
    }

    /// <summary>The moderation phase of a step: account detection, then review.</summary>
    public void Run()
    {
        DetectAccounts();
        Review();
        _reviewBacklog.Set(_queue.Count, platform: _platform);
    }

    private bool PostedByBannedName(int author, int postStep)
    {
        if (author < _subjects.AgentCount) return _audienceBans > 0 && _audienceBanned[_state.LocalIndex[author]];
        return postStep <= _actorBannedAt[author - _subjects.AgentCount];
    }

    private void Flag(int rootId)
    {
        ref var root = ref _posts[rootId];
        if ((root.Status & (PostStatus.Flagged | PostStatus.Reviewed)) != 0) return;
        root.Status |= PostStatus.Flagged;
        root.Moderated.Flagged = _step;
        _flagged.Increment(root.Narrative, platform: _platform);
        _queue.Enqueue(rootId, _step);
    }

    private void BringBackAccounts()
    {
        for (var account = 0; account < _actorBannedAt.Length; account++)
        {
            if (_actorBannedAt[account] < 0 || _actorReturnsAt[account] != _step) continue;
            var actor = _actorOfAccount[account];
            _actorRecreations[account]++;
            _actorStrikes[account] = 0;
            _actorKnownAffiliated[account] = false;
            _state.RetainActorFollowers(account, _actors.FollowerRetention[actor], _random);
            _recreatedAccounts.Increment(platform: _platform);
        }
    }

    private void DetectAccounts()
    {
        var detection = Policy.AccountDetectionPerStep;
        if (detection <= 0) return;
        var evasion = _actors.Evasion;
        for (var account = 0; account < _actorOfAccount.Length; account++)
        {
            if (!_actorDetectable[account] || !_state.HasActorAccount(account) || IsActorDown(account)) continue;
            if (!_random.Bernoulli(detection * (1 - evasion[_actorOfAccount[account]]))) continue;
            if (Policy.LabelStateAffiliated && !_actorKnownAffiliated[account])
            {
                _actorKnownAffiliated[account] = true;
                _labelledAccounts.Increment(platform: _platform);
            }

            if (Policy.BanActors) BanActor(account);
        }
    }

    /// <summary>
    /// Reviews ready items up to the step's capacity. Whole reviews left unused are lost (reviewers cannot work
    /// ahead); a fraction of a review carries over, so that 0.5 an hour is one review every two hours.
    /// </summary>
    private void Review()
    {
        _capacityCarry += Policy.ReviewCapacityPerStep;
        while (_capacityCarry >= 1 && _queue.TryDequeueReady(_step, Policy.ReviewDelaySteps, out var rootId))
        {
            _capacityCarry -= 1;
            Act(rootId);
        }

        _capacityCarry -= Math.Floor(_capacityCarry);
    }

    /// <summary>Reviewers uphold the flag: the policy's actions apply, whether or not the item was in fact a falsehood.</summary>
    private void Act(int rootId)
    {
        ref var root = ref _posts[rootId];
        root.Status = (root.Status | PostStatus.Reviewed) & ~PostStatus.Throttled;
        if (Policy.LabelMisleading)
        {
            root.Status |= PostStatus.Labelled;
            root.Moderated.Labelled = _step;
            _labelled.Increment(root.Narrative, platform: _platform);
        }

        if (Policy.DownrankStrength > 0)
        {
            root.Status |= PostStatus.Downranked;
            root.Moderated.Downranked = _step;
        }

        if (Policy.Remove)
        {
            root.Status |= PostStatus.Removed;
            root.Moderated.Removed = _step;
            var removed = _subjects.NarrativeFalsehood[root.Narrative] ? _removedFalsehood : _removedOther;
            removed.Increment(root.Narrative, platform: _platform);
        }

        if (Policy.StrikesToBan < int.MaxValue) Strike(root.Author);
    }

    private void Strike(int author)
    {
        if (author < _subjects.AgentCount)
        {
            var local = _state.LocalIndex[author];
            if (_audienceBanned[local] || ++_audienceStrikes[local] < Policy.StrikesToBan) return;
            _audienceBanned[local] = true;
            _audienceBans++;
            _bannedGenuineAccounts.Increment(platform: _platform);
            return;
        }

        var account = author - _subjects.AgentCount;
        if (IsActorDown(account) || ++_actorStrikes[account] < Policy.StrikesToBan) return;
        BanActor(account);
    }

    private void BanActor(int account)
    {
        var actor = _actorOfAccount[account];
        _actorBannedAt[account] = _step;
        _actorReturnsAt[account] = _actorRecreations[account] < _actors.RecreateMax[actor]
            ? _step + Math.Max(1, _actors.RecreateDelaySteps[actor])
            : int.MaxValue;
        _bannedActorAccounts.Increment(platform: _platform);
    }
}
