using InfluenceSim.Beliefs;
using InfluenceSim.Cascades;
using InfluenceSim.Metrics;
using InfluenceSim.Moderation;
using InfluenceSim.Platforms;
using InfluenceSim.Randomness;
using InfluenceSim.Runs;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.Simulation;

/// <summary>
/// The whole state of one replicate: agents' beliefs, platforms with their networks, feeds and moderation, posts,
/// counters and the replicate's random streams. <see cref="Step"/> advances it by one step of the schedule in
/// MODEL.md section 3. Work per step follows activity: only agents that have a session are visited.
/// Randomness comes in separate streams by who draws (<see cref="SeedStreams"/>): actor accounts draw their posts
/// whether or not moderation has taken them down, and agents draw their sessions whether or not they are banned, so
/// that variants differing only in moderation see the same posting and the same sessions (common random numbers).
/// </summary>
public sealed class World : IReplicate
{
    private readonly SimulationModel _model;
    private readonly int _narratives;
    private readonly int[] _actorFirstAccount;
    private readonly int[] _actorOfAccount;
    private readonly uint[] _platformMask;
    private readonly BeliefState[] _belief;
    private readonly ushort[] _exposureCount;
    private readonly BelieverSet[] _believers;
    private readonly int[] _rankScratch;
    private readonly double[] _opinion;
    private readonly Counter _aware;
    private readonly Counter _believerCount;
    private readonly Counter _impressions;
    private readonly Counter _exposures;
    private readonly Counter _posts;
    private readonly Counter _reshares;
    private readonly SimRandom _actorRandom;
    private readonly SimRandom _sessionRandom;
    private readonly SimRandom _readingRandom;
    private ParameterSet _parameters;

    internal World(SimulationModel model, ulong replicateSeed, PlatformState[] platforms, uint[] platformMask, int[] actorFirstAccount)
    {
        var actorOfAccount = model.ModerationSubjects.ActorOfAccount;
        _model = model;
        _actorRandom = SeedStreams.For(replicateSeed, SeedStreams.Dynamics, SeedStreams.ActorPosting);
        _sessionRandom = SeedStreams.For(replicateSeed, SeedStreams.Dynamics, SeedStreams.Sessions);
        _readingRandom = SeedStreams.For(replicateSeed, SeedStreams.Dynamics, SeedStreams.Reading);
        Platforms = platforms;
        _platformMask = platformMask;
        _actorFirstAccount = actorFirstAccount;
        _actorOfAccount = actorOfAccount;
        _narratives = model.NarrativeIds.Length;
        _belief = new BeliefState[(long)model.AgentCount * _narratives];
        _exposureCount = new ushort[_belief.Length];
        _believers = new BelieverSet[_narratives];
        for (var n = 0; n < _narratives; n++) _believers[n] = new BelieverSet(model.AgentCount);
        _rankScratch = new int[model.FeedSize.Length == 0 ? 1 : model.FeedSize.Max()];
        _opinion = model.BoundedConfidence ? new double[model.AgentCount] : [];
        _parameters = model.ParametersAt(0);
        Readers = model.CountsCascadeReach ? new CascadeReaders() : null;
        Counters = new MetricCounters(model.Layout);
        _aware = Counters.For(MetricCatalogue.Aware);
        _believerCount = Counters.For(MetricCatalogue.Believers);
        _impressions = Counters.For(MetricCatalogue.Impressions);
        _exposures = Counters.For(MetricCatalogue.Exposures);
        _posts = Counters.For(MetricCatalogue.Posts);
        _reshares = Counters.For(MetricCatalogue.Reshares);
        Moderators = new PlatformModerator[platforms.Length];
        for (var p = 0; p < platforms.Length; p++)
        {
            Moderators[p] = new PlatformModerator(model.ModerationSubjects, p, platforms[p], Posts, Counters,
                SeedStreams.For(replicateSeed, SeedStreams.Dynamics, SeedStreams.ModerationOf(p)), _parameters.Moderation[p], _parameters.Actors);
        }
    }

    public SimulationModel Model => _model;

    public PlatformState[] Platforms { get; }

    public PostStore Posts { get; } = new();

    /// <summary>Who has read each cascade, for its unique users reached and exposed; null unless the scenario counts them.</summary>
    public CascadeReaders? Readers { get; }

    public PlatformModerator[] Moderators { get; }

    public MetricCounters Counters { get; }

    /// <summary>Steps completed so far; the next step to run.</summary>
    public int CurrentStep { get; private set; }

    public int ActorAccountCount => _actorOfAccount.Length;

    public BeliefState BeliefOf(int agent, int narrative) => _belief[(long)agent * _narratives + narrative];

    /// <summary>bounded-confidence: the agent's position on the opinion axis.</summary>
    public double OpinionOf(int agent) => _opinion[agent];

    public bool IsOnPlatform(int agent, int platform) => (_platformMask[agent] & (1u << platform)) != 0;

    /// <summary>Global account id of an actor group's k-th account.</summary>
    public int ActorAccount(int actor, int k) => _model.AgentCount + _actorFirstAccount[actor] + k;

    public void Step()
    {
        _parameters = _model.ParametersAt(CurrentStep);
        for (var p = 0; p < Moderators.Length; p++) Moderators[p].BeginStep(CurrentStep, _parameters.Moderation[p], _parameters.Actors);
        ActorsPost();
        AudienceSessions();
        foreach (var moderator in Moderators) moderator.Run();
        Forget();
        CurrentStep++;
    }

    public IReadOnlyList<Cascade> MeasureCascades() => CascadeAnalysis.Measure(Posts, _model.StepHours, countsReach: Readers is not null);

    /// <summary>Makes the agent a believer at step 0, unless it already believes a narrative this one opposes.</summary>
    internal bool SeedBeliever(int agent, int segment, int narrative)
    {
        foreach (var opposed in _model.Opposed[narrative])
        {
            if (BeliefOf(agent, opposed) == BeliefState.Believer) return false;
        }

        Adopt(agent, segment, narrative);
        return true;
    }

    /// <summary>
    /// Each actor account posts Poisson(rate) items on each of its platforms. An account moderation has taken down
    /// draws its posts all the same and makes none, so that moderation does not shift the stream.
    /// </summary>
    private void ActorsPost()
    {
        for (var a = 0; a < _model.Actors.Length; a++)
        {
            var actor = _model.Actors[a];
            var mean = _parameters.PostsPerStep[a];
            if (mean <= 0) continue;
            for (var k = 0; k < actor.Accounts; k++)
            {
                var account = ActorAccount(a, k);
                foreach (var platform in actor.Platforms)
                {
                    var down = Moderators[platform].IsActorDown(_actorFirstAccount[a] + k);
                    var count = Poisson.Sample(_actorRandom, mean);
                    for (var i = 0; i < count; i++)
                    {
                        var narrative = _actorRandom.FromCumulative(_parameters.ActorNarrativeCumulative[a]);
                        var language = _actorRandom.FromCumulative(_parameters.ActorLanguageCumulative[a]);
                        var post = down ? -1 : Posts.AddOriginal(account, platform, narrative, language, CurrentStep);
                        if (post >= 0)
                        {
                            _posts.Increment(narrative, platform: platform);
                            Moderators[platform].OnOriginal(post);
                            Push(post, account, platform);
                        }

                        Coordinate(a, k, post, platform);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Other accounts of the same group reshare the post: Poisson(coordination) of them, picked at random. The picks
    /// are drawn even when there is no post (its author is down) or the picked account is down.
    /// </summary>
    private void Coordinate(int actor, int author, int post, int platform)
    {
        var accounts = _model.Actors[actor].Accounts;
        var mean = _parameters.Coordination[actor];
        if (accounts < 2 || mean <= 0) return;
        var reshares = Poisson.Sample(_actorRandom, mean);
        for (var i = 0; i < reshares; i++)
        {
            var other = _actorRandom.Next(accounts - 1);
            if (other >= author) other++;
            if (post < 0 || Moderators[platform].IsActorDown(_actorFirstAccount[actor] + other)) continue;
            Reshare(ActorAccount(actor, other), post, platform);
        }
    }

    private void AudienceSessions()
    {
        for (var s = 0; s < _model.SegmentIds.Length; s++)
        {
            var activity = _parameters.Activity[s];
            var end = _model.SegmentStarts[s + 1];
            var skip = _sessionRandom.SkipToNextSuccess(activity);
            for (long agent = (long)_model.SegmentStarts[s] + skip; agent < end; agent += 1L + _sessionRandom.SkipToNextSuccess(activity))
            {
                Session((int)agent, s);
            }
        }
    }

    private void Session(int agent, int segment)
    {
        var mask = _platformMask[agent];
        while (mask != 0)
        {
            var platform = System.Numerics.BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            var writes = _sessionRandom.Bernoulli(_parameters.AuthorProbability[segment]);
            if (Moderators[platform].IsAudienceBanned(Platforms[platform].LocalIndex[agent])) continue;
            ReadFeed(agent, segment, platform);
            if (writes) Author(agent, segment, platform);
        }
    }

    /// <summary>
    /// Reads the newest unread items of the feed (or the best ranked, on an engagement feed), skipping what moderation
    /// has removed; everything older that was not read is passed over. Items posted during this step become visible
    /// from the next step, so that the order in which agents act does not decide what they see.
    /// </summary>
    private void ReadFeed(int agent, int segment, int platform)
    {
        var feeds = Platforms[platform].Feeds;
        var moderator = Moderators[platform];
        var account = Platforms[platform].LocalIndex[agent];
        var oldest = feeds.UnreadStart(account);
        var visibleEnd = feeds.End(account);
        while (visibleEnd > oldest && Posts[feeds.ItemAt(account, visibleEnd - 1)].Step == CurrentStep) visibleEnd--;
        var budget = _parameters.ReadPerSession[platform];
        var candidates = 0;
        for (var sequence = visibleEnd - 1; sequence >= oldest; sequence--)
        {
            var post = feeds.ItemAt(account, sequence);
            if (moderator.IsHidden(ref Posts[post])) continue;
            _rankScratch[candidates++] = post;
            if (!_parameters.EngagementRanking[platform] && candidates == budget) break;
        }

        var read = _parameters.EngagementRanking[platform]
            ? EngagementRanking.SelectTop(_rankScratch.AsSpan(0, candidates), budget, Posts, CurrentStep,
                _parameters.RecencyHalfLifeSteps[platform], moderator.Policy.DownrankStrength)
            : candidates;
        for (var i = 0; i < read; i++) Read(agent, segment, platform, _rankScratch[i]);
        feeds.MarkReadUpTo(account, visibleEnd);
    }

    private void Read(int agent, int segment, int platform, int postId)
    {
        ref var post = ref Posts[postId];
        var narrative = post.Narrative;
        var understood = (_model.SegmentLanguageMask[segment] & (1UL << post.Language)) != 0;
        ref var root = ref Posts[post.Root];
        CountRead(ref post, ref root, agent, understood);
        _impressions.Increment(narrative, segment, platform, post.Language);
        if (!understood) return;
        _exposures.Increment(narrative, segment, platform, post.Language);
        var moderator = Moderators[platform];
        var policy = moderator.Policy;
        var labelled = moderator.IsLabelled(ref root);
        var credibility = SourceCredibility(post.Root, segment) * (labelled ? policy.LabelCredibilityFactor : 1);
        Expose(agent, segment, narrative, credibility);
        if (BeliefOf(agent, narrative) != BeliefState.Believer)
        {
            if (_model.NarrativeFalsehood[narrative]) moderator.OnUnbelievedFalsehood(post.Root);
            return;
        }

        var share = _parameters.ShareProbability[segment] * policy.NudgeFactor * (labelled ? policy.LabelShareFactor : 1);
        if ((root.Status & PostStatus.Throttled) != 0) share *= policy.ThrottleFactor;
        if (_readingRandom.Bernoulli(share)) Reshare(agent, postId, platform);
    }

    /// <summary>Counts a read on the post and, when unique readers are counted, on its cascade if the reader is new to it.</summary>
    private void CountRead(ref Post post, ref Post root, int agent, bool understood)
    {
        post.Impressions++;
        if (understood) post.Exposures++;
        if (Readers is null) return;
        var (reached, exposed) = Readers.Read(post.Root, agent, understood);
        if (reached) root.Reached++;
        if (exposed) root.Exposed++;
    }

    /// <summary>Credibility of a cascade's original author to the reader's segment.</summary>
    private double SourceCredibility(int rootPost, int segment)
    {
        var author = Posts[rootPost].Author;
        if (author < _model.AgentCount) return _parameters.PeerCredibility[segment];
        var actor = _actorOfAccount[author - _model.AgentCount];
        return _parameters.ActorCredibility[actor * _model.SegmentIds.Length + segment];
    }

    /// <summary>bounded-confidence: sets an agent's opinion at step 0 and the beliefs it implies.</summary>
    internal void SeedOpinion(int agent, int segment, double opinion)
    {
        _opinion[agent] = opinion;
        BelieveByOpinion(agent, segment);
    }

    private void Expose(int agent, int segment, int narrative, double credibility)
    {
        if (_model.BoundedConfidence) ExposeBoundedConfidence(agent, segment, narrative, credibility);
        else ExposeContagion(agent, segment, narrative, credibility);
    }

    /// <summary>
    /// The bounded-confidence model (MODEL.md section 4): an exposure to a stance within epsilon of the reader's
    /// opinion moves the opinion mu x credibility of the way towards it; the reader believes every narrative whose
    /// stance lies within epsilon / 2 of its opinion.
    /// </summary>
    private void ExposeBoundedConfidence(int agent, int segment, int narrative, double credibility)
    {
        var cell = (long)agent * _narratives + narrative;
        if (_belief[cell] == BeliefState.Unaware)
        {
            _belief[cell] = BeliefState.Aware;
            _aware.Increment(narrative, segment);
        }

        var opinion = _opinion[agent];
        var stance = _model.NarrativeStance[narrative];
        if (Math.Abs(stance - opinion) >= _parameters.Epsilon) return;
        _opinion[agent] = opinion + _parameters.Mu * credibility * (stance - opinion);
        BelieveByOpinion(agent, segment);
    }

    private void BelieveByOpinion(int agent, int segment)
    {
        var opinion = _opinion[agent];
        var half = _parameters.Epsilon / 2;
        for (var n = 0; n < _narratives; n++)
        {
            var believes = Math.Abs(_model.NarrativeStance[n] - opinion) < half;
            var state = BeliefOf(agent, n);
            if (believes && state != BeliefState.Believer)
            {
                if (state == BeliefState.Aware) _aware.Decrement(n, segment);
                _belief[(long)agent * _narratives + n] = BeliefState.Believer;
                _believerCount.Increment(n, segment);
                _believers[n].Add(agent);
            }
            else if (!believes && state == BeliefState.Believer)
            {
                Unbelieve(agent, segment, n);
            }
        }
    }

    /// <summary>The contagion model (MODEL.md section 4) for one understood exposure.</summary>
    private void ExposeContagion(int agent, int segment, int narrative, double credibility)
    {
        var cell = (long)agent * _narratives + narrative;
        var state = _belief[cell];
        if (state == BeliefState.Believer) return;
        if (state == BeliefState.Unaware)
        {
            _belief[cell] = BeliefState.Aware;
            _aware.Increment(narrative, segment);
        }

        if (_exposureCount[cell] < ushort.MaxValue) _exposureCount[cell]++;
        if (_exposureCount[cell] < _parameters.Threshold) return;
        var p = _parameters.Appeal[segment * _narratives + narrative] * credibility * (1 - _parameters.Skepticism[segment]);
        foreach (var opposed in _model.Opposed[narrative])
        {
            if (BeliefOf(agent, opposed) != BeliefState.Believer) continue;
            p *= 1 - _parameters.Entrenchment;
            break;
        }

        if (_readingRandom.NextDouble() < p) Adopt(agent, segment, narrative);
    }

    private void Adopt(int agent, int segment, int narrative)
    {
        var cell = (long)agent * _narratives + narrative;
        if (_belief[cell] == BeliefState.Aware) _aware.Decrement(narrative, segment);
        _belief[cell] = BeliefState.Believer;
        _believerCount.Increment(narrative, segment);
        _believers[narrative].Add(agent);
        foreach (var opposed in _model.Opposed[narrative])
        {
            if (BeliefOf(agent, opposed) == BeliefState.Believer) Unbelieve(agent, segment, opposed);
        }
    }

    private void Unbelieve(int agent, int segment, int narrative)
    {
        _belief[(long)agent * _narratives + narrative] = BeliefState.Aware;
        _believerCount.Decrement(narrative, segment);
        _aware.Increment(narrative, segment);
        _believers[narrative].Remove(agent);
    }

    /// <summary>A believer writes a post of its own about one of the narratives it believes, in its own language.</summary>
    private void Author(int agent, int segment, int platform)
    {
        var believed = 0;
        for (var n = 0; n < _narratives; n++)
        {
            if (BeliefOf(agent, n) == BeliefState.Believer) believed++;
        }

        if (believed == 0) return;
        var pick = _readingRandom.Next(believed);
        for (var n = 0; n < _narratives; n++)
        {
            if (BeliefOf(agent, n) != BeliefState.Believer || pick-- > 0) continue;
            var post = Posts.AddOriginal(agent, platform, n, _model.SegmentPrimaryLanguage[segment], CurrentStep);
            _posts.Increment(n, platform: platform);
            Moderators[platform].OnOriginal(post);
            Push(post, agent, platform);
            return;
        }
    }

    private void Reshare(int account, int parent, int platform)
    {
        var post = Posts.AddReshare(account, parent, platform, CurrentStep);
        _reshares.Increment(Posts[post].Narrative, platform: platform);
        Moderators[platform].OnReshare(Posts[post].Root);
        Push(post, account, platform);
    }

    /// <summary>Puts the post in the feeds of the account's followers; a down-ranked cascade reaches each only with probability 1 - strength.</summary>
    private void Push(int post, int account, int platform)
    {
        var state = Platforms[platform];
        var followers = account < _model.AgentCount
            ? state.Followers.Neighbours(state.LocalIndex[account])
            : state.ActorFollowers(account - _model.AgentCount);
        var downranked = (Posts[Posts[post].Root].Status & PostStatus.Downranked) != 0;
        var reach = 1 - Moderators[platform].Policy.DownrankStrength;
        foreach (var follower in followers)
        {
            if (downranked && !_readingRandom.Bernoulli(reach)) continue;
            state.Feeds.Push(follower, post);
        }
    }

    /// <summary>
    /// Each believer falls back to aware with the forgetting probability. The believer set is walked from its
    /// end with geometric skips, so only the forgetters are visited; a removed member is replaced by the last
    /// one, which the walk has already passed.
    /// </summary>
    private void Forget()
    {
        var probability = _parameters.Forgetting;
        if (probability <= 0 || _model.BoundedConfidence) return;
        for (var n = 0; n < _narratives; n++)
        {
            var set = _believers[n];
            for (long position = set.Count - 1L - _readingRandom.SkipToNextSuccess(probability); position >= 0; position -= 1L + _readingRandom.SkipToNextSuccess(probability))
            {
                var agent = set[(int)position];
                Unbelieve(agent, _model.SegmentOf(agent), n);
            }
        }
    }
}
