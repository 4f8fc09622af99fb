using InfluenceSim.Beliefs;
using InfluenceSim.Metrics;
using InfluenceSim.Parallelism;
using InfluenceSim.Platforms;

namespace InfluenceSim.Simulation;

/// <summary>
/// What a session runner asks of the world it runs sessions in: who opens a session, what to load ahead, and the
/// session itself (<see cref="World"/>).
/// </summary>
internal interface ISessionHost
{
    /// <summary>Draws who among the agents start..end-1 of the segment opens a session, listed in the writer; returns how many.</summary>
    int OpenSessions(SessionWriter writer, int start, int end, int segment);

    /// <summary>Asks the processor for the state and feeds' counts the agent's session will read first.</summary>
    void PrefetchAgentState(int agent);

    /// <summary>Asks the processor for the feed slots the agent's session will read.</summary>
    void PrefetchFeedSlots(int agent);

    /// <param name="writes">Bit p set when the agent writes a post of its own on platform p.</param>
    void Session(SessionWriter writer, int agent, int segment, uint writes);
}

/// <summary>
/// The audience's sessions of a step, over fixed chunks of agents (<see cref="AgentChunks"/>) taken by the world's
/// threads as they come free. Each thread writes into its own <see cref="SessionWriter"/> (streams reseeded from
/// replicate, step and chunk; counters added up after the sessions); what reaches beyond a chunk's agents waits in the
/// chunk's <see cref="ChunkEffects"/>. The believer sets' changes are applied while the sessions run, by whichever thread
/// finishes a chunk, for every chunk done so far in chunk order, so that they change in the same order on any number of
/// threads. Within a chunk a session loads the state and feeds of the sessions a few places ahead.
/// </summary>
internal sealed class ChunkedSessions
{
    /// <summary>Sessions ahead of the one running whose agent's state and feeds' counts, then feeds' slots, are loaded.</summary>
    private const int AgentStateAhead = 8;
    private const int FeedSlotsAhead = 4;

    private readonly ISessionHost _host;
    private readonly SimulationModel _model;
    private readonly ulong _replicateSeed;
    private readonly PostStore _posts;
    private readonly BelieverSet[] _believers;
    private readonly SessionWriter[] _writers;
    private readonly ChunkEffects[] _effects;
    private readonly WorkerTeam _team;
    private readonly Action<int, int> _runChunk;

    /// <summary>Per chunk, 1 once its sessions of the step are done (<see cref="ApplyBelieverChangesInOrder"/>).</summary>
    private readonly int[] _chunkDone;

    /// <summary>Held by the thread applying believer changes to the sets.</summary>
    private readonly Lock _believerSets = new();

    /// <summary>Chunks of the step whose believer changes are in the sets: always the first ones.</summary>
    private int _believerChunksApplied;
    private int _step;

    /// <param name="team">The world's threads: one session writer each.</param>
    /// <param name="rankScratch">Items a writer ranks at most at once (the largest feed).</param>
    public ChunkedSessions(ISessionHost host, SimulationModel model, ulong replicateSeed, PostStore posts, BelieverSet[] believers, WorkerTeam team, int rankScratch)
    {
        _host = host;
        _model = model;
        _replicateSeed = replicateSeed;
        _posts = posts;
        _believers = believers;
        _team = team;
        _effects = new ChunkEffects[AgentChunks.Count(model.AgentCount)];
        for (var c = 0; c < _effects.Length; c++) _effects[c] = new ChunkEffects();
        _chunkDone = new int[_effects.Length];
        _writers = new SessionWriter[team.Threads];
        for (var w = 0; w < _writers.Length; w++) _writers[w] = new SessionWriter(new MetricCounters(model.Layout), believers, rankScratch, deferred: true);
        _runChunk = (chunk, thread) => RunChunk(chunk, _writers[thread]);
    }

    /// <summary>Each chunk's effects beyond its agents, in chunk order, for the world to apply after the sessions.</summary>
    public IReadOnlyList<ChunkEffects> Effects => _effects;

    /// <summary>The threads' writers, whose read counts of each post add up to its reads.</summary>
    public IReadOnlyList<SessionWriter> Writers => _writers;

    /// <summary>Runs every chunk's sessions of the step, applies their believer changes, and adds the threads' counts into the counters.</summary>
    public void Run(int step, MetricCounters counters)
    {
        _step = step;
        _team.For("sessions", _effects.Length, _runChunk);
        ApplyBelieverChangesInOrder();
        _believerChunksApplied = 0;
        Array.Clear(_chunkDone);
        foreach (var writer in _writers) counters.Absorb(writer.Counters);
    }

    /// <summary>
    /// Applies the believer changes of the chunks whose sessions are done, in chunk order, up to the first chunk not
    /// done yet: so the believer sets change in the same order on any number of threads, while other threads run
    /// later chunks' sessions (which never read the sets). A thread that finds another at it leaves it to that one,
    /// and whatever is left when all sessions are done is applied then.
    /// </summary>
    private void ApplyBelieverChangesInOrder()
    {
        if (!_believerSets.TryEnter()) return;
        try
        {
            while (_believerChunksApplied < _chunkDone.Length && Volatile.Read(ref _chunkDone[_believerChunksApplied]) == 1)
            {
                var effects = _effects[_believerChunksApplied++];
                foreach (var change in effects.BelieverChanges) _believers[change.Narrative].Change(change.Agent, change.Believes);

                effects.BelieverChanges.Clear();
            }
        }
        finally
        {
            _believerSets.Exit();
        }
    }

    /// <summary>
    /// The chunk's sessions, segment by segment: first who opens one, then the sessions in agent order, each loading
    /// the state and feeds of the agents a few sessions ahead of it: they lie far apart in large arrays.
    /// </summary>
    private void RunChunk(int chunk, SessionWriter writer)
    {
        writer.BeginChunk(_replicateSeed, _step, chunk, _effects[chunk]);
        writer.PostReads.MakeRoomFor(_posts.Count);
        var first = AgentChunks.Start(chunk);
        var last = AgentChunks.End(chunk, _model.AgentCount);
        for (var s = 0; s < _model.SegmentIds.Length; s++)
        {
            var start = Math.Max(first, _model.SegmentStarts[s]);
            var end = Math.Min(last, _model.SegmentStarts[s + 1]);
            if (start >= end) continue;
            var opened = _host.OpenSessions(writer, start, end, s);
            var agents = writer.SessionAgents;
            for (var i = 0; i < opened; i++)
            {
                if (i + AgentStateAhead < opened) _host.PrefetchAgentState(agents[i + AgentStateAhead]);
                if (i + FeedSlotsAhead < opened) _host.PrefetchFeedSlots(agents[i + FeedSlotsAhead]);
                _host.Session(writer, agents[i], s, writer.SessionWrites[i]);
            }
        }

        Volatile.Write(ref _chunkDone[chunk], 1);
        ApplyBelieverChangesInOrder();
    }
}
