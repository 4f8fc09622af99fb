using InfluenceSim.Beliefs;
using InfluenceSim.Metrics;
using InfluenceSim.Randomness;

namespace InfluenceSim.Simulation;

/// <summary>
/// Where one thread's share of a step's audience sessions goes: the generators it reseeds for each chunk it runs, its
/// own counters (added into the world's after the sessions: whole numbers, so the order does not matter), scratch
/// space for ranking a feed, and the effects of the chunk it is running. The world's own writer, used outside the
/// sessions (seeding, forgetting), counts into the world's counters and changes the believer sets at once.
/// </summary>
internal sealed class SessionWriter
{
    private readonly BelieverSet[] _believers;

    /// <param name="counters">Where the thread counts.</param>
    /// <param name="believers">The world's believer sets.</param>
    /// <param name="rankScratch">Room for ranking the longest feed.</param>
    /// <param name="deferred">True for a session thread (see <see cref="IsDeferred"/>).</param>
    public SessionWriter(MetricCounters counters, BelieverSet[] believers, int rankScratch, bool deferred)
    {
        Believed = new bool[believers.Length];
        Counters = counters;
        _believers = believers;
        Aware = counters.For(MetricCatalogue.Aware);
        Believers = counters.For(MetricCatalogue.Believers);
        Impressions = counters.For(MetricCatalogue.Impressions);
        Exposures = counters.For(MetricCatalogue.Exposures);
        RankScratch = new int[Math.Max(1, rankScratch)];
        SessionAgents = deferred ? new int[AgentChunks.Size] : [];
        SessionWrites = deferred ? new uint[AgentChunks.Size] : [];
        IsDeferred = deferred;
    }

    public MetricCounters Counters { get; }

    public Counter Aware { get; }

    public Counter Believers { get; }

    public Counter Impressions { get; }

    public Counter Exposures { get; }

    public int[] RankScratch { get; }

    /// <summary>The agents that open a session, of the chunk's segment being run (<see cref="World"/>'s OpenSessions).</summary>
    public int[] SessionAgents { get; }

    /// <summary>Per session listed, bit p set when the agent writes a post of its own on platform p.</summary>
    public uint[] SessionWrites { get; }

    /// <summary>Per narrative, whether the reader of the session believes it (for a personalized feed).</summary>
    public bool[] Believed { get; }

    /// <summary>True for a session thread, whose effects beyond its chunk wait until the chunk is done.</summary>
    public bool IsDeferred { get; }

    /// <summary>Who opens a session, and who writes a post of their own (the chunk's stream).</summary>
    public SimRandom Sessions { get; } = new(0);

    /// <summary>Adoption, resharing, what a believer writes about and what a random feed shows (the chunk's stream).</summary>
    public SimRandom Reading { get; } = new(0);

    /// <summary>Whether a reader reports a falsehood (the chunk's stream; moderation's draws stay apart from the audience's).</summary>
    public SimRandom Reports { get; } = new(0);

    /// <summary>The reads of each post by this thread's sessions.</summary>
    public PostReadCounts PostReads { get; } = new();

    /// <summary>The effects of the chunk being run.</summary>
    public ChunkEffects Effects { get; private set; } = new();

    public void BeginChunk(ulong replicateSeed, int step, int chunk, ChunkEffects effects)
    {
        Sessions.Reseed(SimRandom.DeriveSeed(replicateSeed, SeedStreams.Dynamics, SeedStreams.Sessions, (ulong)step, (ulong)chunk));
        Reading.Reseed(SimRandom.DeriveSeed(replicateSeed, SeedStreams.Dynamics, SeedStreams.Reading, (ulong)step, (ulong)chunk));
        Reports.Reseed(SimRandom.DeriveSeed(replicateSeed, SeedStreams.Dynamics, SeedStreams.Reports, (ulong)step, (ulong)chunk));
        Effects = effects;
    }

    /// <summary>The agent joins or leaves the believers of the narrative: in the sets at once, or, in a session, once its chunk is done.</summary>
    public void ChangeBeliever(int agent, int narrative, bool believes)
    {
        if (IsDeferred) Effects.BelieverChanges.Add(new BelieverChange(agent, narrative, believes));
        else _believers[narrative].Change(agent, believes);
    }
}
