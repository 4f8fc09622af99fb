using InfluenceSim.Beliefs;
using InfluenceSim.Cascades;
using InfluenceSim.Metrics;
using InfluenceSim.Moderation;
using InfluenceSim.Parallelism;
using InfluenceSim.Platforms;
using InfluenceSim.Randomness;
using InfluenceSim.Runs;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.Simulation;

/// <summary>
/// The whole state of one replicate: agents' beliefs, platforms with their networks, feeds and moderation, posts,
/// counters and the replicate's random streams. <see cref="Step"/> advances it by one step of the schedule in
/// MODEL.md section 3. Work per step follows activity: only agents that have a session are visited.
/// The audience's sessions run in parallel over fixed chunks of agents (<see cref="ChunkedSessions"/>), each drawing from
/// streams of its own (replicate, step, chunk); what reaches beyond a chunk's agents is kept per chunk and applied in
/// chunk order (the believer sets' changes as the chunks finish, posts, reshares and reports after the sessions), so a
/// step's result is the same on any number of threads. Posts made in a step reach feeds after the sessions, as they are
/// visible only from the next step anyway.
/// Randomness comes in separate streams by who draws (<see cref="SeedStreams"/>): actor accounts draw their posts
/// whether or not moderation has taken them down, and agents draw their sessions whether or not they are banned, so
/// that variants differing only in moderation see the same posting and the same sessions (common random numbers).
/// </summary>
public sealed class World : IReplicate, ISessionHost
{
    private readonly SimulationModel _model;
    private readonly int _narratives;
    private readonly int[] _actorFirstAccount;
    private readonly int[] _actorOfAccount;
    private readonly uint[] _platformMask;
    private readonly AgentBeliefs _beliefs;
    private readonly double[] _segmentDisagreement;
    private readonly CascadeSegments? _resharers;
    private readonly BelieverSet[] _believers;
    private readonly Counter _posts;
    private readonly Counter _reshares;
    private readonly ulong _replicateSeed;
    private readonly SimRandom _actorRandom;
    private readonly FeedDeliveries _deliveries;
    private readonly SimRandom _forgettingRandom;
    private readonly SessionWriter _worldWriter;
    private readonly ChunkedSessions _sessions;
    private readonly Workers _workers;
    private WorldView? _view;
    private ParameterSet _parameters;

    internal World(SimulationModel model, ulong replicateSeed, PlatformState[] platforms, uint[] platformMask, int[] actorFirstAccount, Workers workers)
    {
        var actorOfAccount = model.ModerationSubjects.ActorOfAccount;
        _model = model;
        _replicateSeed = replicateSeed;
        _actorRandom = SeedStreams.For(replicateSeed, SeedStreams.Dynamics, SeedStreams.ActorPosting);
        _forgettingRandom = SeedStreams.For(replicateSeed, SeedStreams.Dynamics, SeedStreams.Forgetting);
        Platforms = platforms;
        _platformMask = platformMask;
        _actorFirstAccount = actorFirstAccount;
        _actorOfAccount = actorOfAccount;
        _narratives = model.NarrativeIds.Length;
        _beliefs = new AgentBeliefs(model);
        _segmentDisagreement = new double[model.SegmentIds.Length * model.SegmentIds.Length];
        _resharers = model.MayRankByBridging ? new CascadeSegments() : null;
        _believers = new BelieverSet[_narratives];
        for (var n = 0; n < _narratives; n++) _believers[n] = new BelieverSet(model.AgentCount);
        _parameters = model.ParametersAt(0);
        Readers = model.CountsCascadeReach ? new CascadeReaders() : null;
        Counters = new MetricCounters(model.Layout);
        var rankScratch = model.FeedSize.Length == 0 ? 1 : model.FeedSize.Max();
        _worldWriter = new SessionWriter(Counters, _believers, rankScratch, deferred: false);
        _workers = workers.With(Math.Clamp(workers.Count, 1, Math.Max(1, AgentChunks.Count(model.AgentCount))));
        var team = new WorkerTeam(_workers);
        _sessions = new ChunkedSessions(this, model, replicateSeed, Posts, _believers, team, rankScratch);
        _posts = Counters.For(MetricCatalogue.Posts);
        _reshares = Counters.For(MetricCatalogue.Reshares);
        Moderators = new PlatformModerator[platforms.Length];
        for (var p = 0; p < platforms.Length; p++)
        {
            Moderators[p] = new PlatformModerator(model.ModerationSubjects, p, platforms[p], Posts, Counters,
                SeedStreams.For(replicateSeed, SeedStreams.Dynamics, SeedStreams.ModerationOf(p)), _parameters.Moderation[p], _parameters.Actors);
        }

        _deliveries = new FeedDeliveries(platforms, Moderators, Posts, model.AgentCount,
            SimRandom.DeriveSeed(replicateSeed, SeedStreams.Dynamics, SeedStreams.Delivery), team);
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

    /// <summary>Threads the audience's sessions run on.</summary>
    public int Threads => _workers.Count;

    public BeliefState BeliefOf(int agent, int narrative) => _beliefs.Of(agent, narrative);

    public IReplicateAccounts Accounts => _view ??= new WorldView(this);

    public IPostHistory? PostHistory => _view ??= new WorldView(this);

    /// <summary>bounded-confidence: the agent's position on the opinion axis.</summary>
    public double OpinionOf(int agent) => _beliefs.OpinionOf(agent);

    public bool IsOnPlatform(int agent, int platform) => (_platformMask[agent] & (1u << platform)) != 0;

    /// <summary>Global account id of an actor group's k-th account.</summary>
    public int ActorAccount(int actor, int k) => _model.AgentCount + _actorFirstAccount[actor] + k;

    public void Step()
    {
        _parameters = _model.ParametersAt(CurrentStep);
        for (var p = 0; p < Moderators.Length; p++) Moderators[p].BeginStep(CurrentStep, _parameters.Moderation[p], _parameters.Actors);
        if (Array.IndexOf(_parameters.Ranking, FeedRankingKind.Bridging) >= 0) MeasureDisagreement();
        ActorsPost();
        _sessions.Run(CurrentStep, Counters);
        ApplyChunkEffects();
        _deliveries.DeliverAll();
        foreach (var moderator in Moderators) moderator.Run();
        Forget();
        CurrentStep++;
    }

    public IReadOnlyList<Cascade> MeasureCascades() => CascadeAnalysis.Measure(Posts, _model.StepHours, countsReach: Readers is not null, _workers);

    /// <summary>Times the post was read from a feed (impressions), and read by someone who understands its language (exposures).</summary>
    public (int Impressions, int Exposures) ReadsOf(int post)
    {
        int impressions = 0, exposures = 0;
        foreach (var writer in _sessions.Writers)
        {
            impressions += writer.PostReads.Impressions(post);
            exposures += writer.PostReads.Exposures(post);
        }

        return (impressions, exposures);
    }

    /// <summary>Makes the agent a believer at step 0, unless it already believes a narrative this one opposes.</summary>
    internal bool SeedBeliever(int agent, int segment, int narrative) => _beliefs.SeedBeliever(_worldWriter, agent, segment, narrative);

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
                            _deliveries.Add(post, account, platform);
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

    /// <summary>
    /// Draws who among the agents start..end-1 of the segment opens a session, and on which of its platforms each
    /// writes a post (bit p for platform p): the draws that running the sessions one by one would make, in the same
    /// order. Returns how many sessions, listed in the writer.
    /// </summary>
    int ISessionHost.OpenSessions(SessionWriter writer, int start, int end, int segment)
    {
        var skip = new GeometricSkip(_parameters.Activity[segment]);
        var authorProbability = _parameters.AuthorProbability[segment];
        var opened = 0;
        for (long agent = start + (long)skip.Next(writer.Sessions); agent < end; agent += 1L + skip.Next(writer.Sessions))
        {
            var writes = 0u;
            for (var platforms = _platformMask[agent]; platforms != 0; platforms &= platforms - 1)
            {
                if (writer.Sessions.Bernoulli(authorProbability)) writes |= platforms & (0u - platforms);
            }

            writer.SessionAgents[opened] = (int)agent;
            writer.SessionWrites[opened++] = writes;
        }

        return opened;
    }

    /// <summary>The agent's beliefs and its feeds' counts, which its session reads first.</summary>
    void ISessionHost.PrefetchAgentState(int agent)
    {
        _beliefs.Prefetch(agent);
        for (var platforms = _platformMask[agent]; platforms != 0; platforms &= platforms - 1)
        {
            var platform = Platforms[System.Numerics.BitOperations.TrailingZeroCount(platforms)];
            platform.Feeds.PrefetchCounts(platform.LocalIndex[agent]);
        }
    }

    /// <summary>The slots the agent's sessions will read: the newest unread, as many as it reads of a chronological feed.</summary>
    void ISessionHost.PrefetchFeedSlots(int agent)
    {
        for (var platforms = _platformMask[agent]; platforms != 0; platforms &= platforms - 1)
        {
            var p = System.Numerics.BitOperations.TrailingZeroCount(platforms);
            var feeds = Platforms[p].Feeds;
            var account = Platforms[p].LocalIndex[agent];
            var end = feeds.End(account);
            var first = feeds.UnreadStart(account);
            if (_parameters.Ranking[p] == FeedRankingKind.Chronological) first = Math.Max(first, end - _parameters.ReadPerSession[p]);
            feeds.PrefetchSlots(account, first, end);
        }
    }

    /// <param name="writes">Bit p set when the agent writes a post of its own on platform p.</param>
    void ISessionHost.Session(SessionWriter writer, int agent, int segment, uint writes)
    {
        var mask = _platformMask[agent];
        while (mask != 0)
        {
            var platform = System.Numerics.BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            if (Moderators[platform].IsAudienceBanned(Platforms[platform].LocalIndex[agent])) continue;
            ReadFeed(writer, agent, segment, platform);
            if ((writes & (1u << platform)) != 0) Author(writer, agent, segment, platform);
        }
    }

    /// <summary>
    /// Applies, chunk by chunk, what the sessions did beyond their chunks (their believer changes are applied with the
    /// sessions): cascade readers, then the chunk's posts, reshares and reports in the order they happened.
    /// </summary>
    private void ApplyChunkEffects()
    {
        foreach (var effects in _sessions.Effects)
        {
            foreach (var read in effects.Reads)
            {
                var (reached, exposed) = Readers!.Read(read.Root, read.Agent, read.Understood);
                if (reached) Posts[read.Root].Reached++;
                if (exposed) Posts[read.Root].Exposed++;
            }

            foreach (var effect in effects.Posts)
            {
                switch (effect.Kind)
                {
                    case PostEffectKind.Original:
                        var post = Posts.AddOriginal(effect.Account, effect.Platform, effect.Narrative, effect.Language, CurrentStep);
                        _posts.Increment(effect.Narrative, platform: effect.Platform);
                        Moderators[effect.Platform].OnOriginal(post);
                        _deliveries.Add(post, effect.Account, effect.Platform);
                        break;
                    case PostEffectKind.Reshare:
                        Reshare(effect.Account, effect.Post, effect.Platform);
                        break;
                    default:
                        Moderators[effect.Platform].OnReport(effect.Post);
                        break;
                }
            }

            effects.Clear();
        }
    }

    /// <summary>
    /// Reads the unread items of the feed its ranking chooses (<see cref="FeedRanking"/>: the newest, the best scored,
    /// a random few), skipping what moderation has removed; everything older that was not read is passed over. Items posted during this step reach feeds at
    /// its end (<see cref="FeedDeliveries"/>), so that the order in which agents act does not decide what they see.
    /// </summary>
    private void ReadFeed(SessionWriter writer, int agent, int segment, int platform)
    {
        var feeds = Platforms[platform].Feeds;
        var moderator = Moderators[platform];
        var account = Platforms[platform].LocalIndex[agent];
        var oldest = feeds.UnreadStart(account);
        var visibleEnd = feeds.End(account);
        var budget = _parameters.ReadPerSession[platform];
        var ranking = _parameters.Ranking[platform];
        var candidates = 0;
        for (var sequence = visibleEnd - 1; sequence >= oldest; sequence--)
        {
            var post = feeds.ItemAt(account, sequence);
            if (moderator.IsHidden(ref Posts[post])) continue;
            writer.RankScratch[candidates++] = post;
            if (ranking == FeedRankingKind.Chronological && candidates == budget) break;
        }

        if (ranking == FeedRankingKind.Personalized)
        {
            for (var n = 0; n < _narratives; n++) writer.Believed[n] = BeliefOf(agent, n) == BeliefState.Believer;
        }

        var inputs = new RankingInputs(Posts, CurrentStep, _parameters.RecencyHalfLifeSteps[platform], moderator.DownrankStrength,
            writer.Believed, _parameters.BeliefBoost[platform], _segmentDisagreement, _resharers, _model.SegmentIds.Length, _parameters.BridgingWeight[platform],
            _parameters.Appeal, segment * _narratives);
        var read = FeedRanking.Select(ranking, writer.RankScratch.AsSpan(0, candidates), budget, inputs, writer.Reading);
        for (var i = 0; i < read; i++) Read(writer, agent, segment, platform, writer.RankScratch[i]);
        feeds.MarkReadUpTo(account, visibleEnd);
    }

    private void Read(SessionWriter writer, int agent, int segment, int platform, int postId)
    {
        ref var post = ref Posts[postId];
        var narrative = post.Narrative;
        var understood = (_model.SegmentLanguageMask[segment] & (1UL << post.Language)) != 0;
        ref var root = ref Posts[post.Root];
        CountRead(writer, postId, post.Root, agent, understood);
        writer.Impressions.Increment(narrative, segment, platform, post.Language);
        if (!understood) return;
        writer.Exposures.Increment(narrative, segment, platform, post.Language);
        var moderator = Moderators[platform];
        var treatment = moderator.TreatmentOf(ref root);
        _beliefs.Expose(writer, _parameters, agent, segment, narrative, treatment.Credibility(SourceCredibility(post.Root, segment)));
        if (BeliefOf(agent, narrative) != BeliefState.Believer)
        {
            var reportRate = moderator.Policy.ReportRate;
            if (_model.NarrativeFalsehood[narrative] && reportRate > 0 && writer.Reports.Bernoulli(reportRate))
            {
                writer.Effects.Posts.Add(new PostEffect(PostEffectKind.Report, agent, platform, post.Root));
            }

            return;
        }

        if (writer.Reading.Bernoulli(treatment.ShareProbability(_parameters.ShareProbability[segment]))) writer.Effects.Posts.Add(new PostEffect(PostEffectKind.Reshare, agent, platform, postId));
    }

    /// <summary>
    /// Counts the read in the thread's own counts of the post (sessions on other threads read the same posts, and writing
    /// to the posts here would make the threads fight over their memory) and, when unique readers are counted, keeps it
    /// for its cascade's readers.
    /// </summary>
    private void CountRead(SessionWriter writer, int postId, int root, int agent, bool understood)
    {
        writer.PostReads.Count(postId, understood);
        if (Readers is not null) writer.Effects.Reads.Add(new CascadeRead(root, agent, understood));
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
    internal void SeedOpinion(int agent, int segment, double opinion) => _beliefs.SeedOpinion(_worldWriter, agent, segment, opinion);

    /// <summary>A believer writes a post of its own about one of the narratives it believes, in its own language.</summary>
    private void Author(SessionWriter writer, int agent, int segment, int platform)
    {
        var believed = 0;
        for (var n = 0; n < _narratives; n++)
        {
            if (BeliefOf(agent, n) == BeliefState.Believer) believed++;
        }

        if (believed == 0) return;
        var pick = writer.Reading.Next(believed);
        for (var n = 0; n < _narratives; n++)
        {
            if (BeliefOf(agent, n) != BeliefState.Believer || pick-- > 0) continue;
            writer.Effects.Posts.Add(new PostEffect(PostEffectKind.Original, agent, platform, -1, n, _model.SegmentPrimaryLanguage[segment]));
            return;
        }
    }

    private void Reshare(int account, int parent, int platform)
    {
        var post = Posts.AddReshare(account, parent, platform, CurrentStep);
        if (account < _model.AgentCount) _resharers?.Add(Posts[post].Root, _model.SegmentOf(account));
        _reshares.Increment(Posts[post].Narrative, platform: platform);
        Moderators[platform].OnReshare(Posts[post].Root);
        _deliveries.Add(post, account, platform);
    }

    /// <summary>
    /// For bridging feeds, at the start of the step: how much each pair of segments disagrees, the largest difference
    /// between their shares of believers of any narrative (0 to 1).
    /// </summary>
    private void MeasureDisagreement()
    {
        var segments = _model.SegmentIds.Length;
        var believers = _worldWriter.Believers;
        for (var a = 0; a < segments; a++)
        {
            var sizeA = Math.Max(1, _model.SegmentStarts[a + 1] - _model.SegmentStarts[a]);
            for (var b = 0; b < segments; b++)
            {
                var sizeB = Math.Max(1, _model.SegmentStarts[b + 1] - _model.SegmentStarts[b]);
                double largest = 0;
                for (var n = 0; n < _narratives; n++)
                {
                    largest = Math.Max(largest, Math.Abs(believers.ValueAt(n, a) / sizeA - believers.ValueAt(n, b) / sizeB));
                }

                _segmentDisagreement[a * segments + b] = largest;
            }
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
            var skip = new GeometricSkip(probability);
            for (long position = set.Count - 1L - skip.Next(_forgettingRandom); position >= 0; position -= 1L + skip.Next(_forgettingRandom))
            {
                var agent = set[(int)position];
                _beliefs.Unbelieve(_worldWriter, agent, _model.SegmentOf(agent), n);
            }
        }
    }
}
