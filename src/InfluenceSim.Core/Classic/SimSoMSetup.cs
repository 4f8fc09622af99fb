using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.SimSoM;

namespace InfluenceSim.Classic;

/// <summary>
/// A simsom scenario's model, compiled for running: its parameters and each human's targeting scores. A replicate
/// adds the bots to the humans' network and runs <see cref="SimSoMProcess"/>, recording its measures after each step.
/// </summary>
public sealed class SimSoMSetup
{
    private readonly SimSoMSpec _spec;
    private readonly SimSoMParameters _parameters;
    private readonly int[] _segmentOfHuman;
    private readonly double[] _partisanship;
    private readonly double[] _misinformation;
    private readonly int _steps;

    public SimSoMSetup(SimSoMSpec spec, IReadOnlyList<SegmentSpec> segments, int[] segmentOfHuman, int steps)
    {
        _spec = spec ?? throw new ArgumentNullException(nameof(spec));
        ArgumentNullException.ThrowIfNull(segments);
        _parameters = new SimSoMParameters(spec.Mu, spec.Alpha, spec.Phi, spec.Theta, spec.QualityExponent, spec.AppealExponent, spec.Rho, spec.Epsilon);
        _segmentOfHuman = segmentOfHuman ?? throw new ArgumentNullException(nameof(segmentOfHuman));
        _partisanship = segments.Select(s => s.Partisanship).ToArray();
        _misinformation = segments.Select(s => s.Misinformation).ToArray();
        _steps = steps;
    }

    private int Humans => _segmentOfHuman.Length;

    /// <summary>
    /// The humans' network while it is built, then the network with the bots (kept), the feeds and a step's pushes per
    /// account and edge, and per message (at most one new message per account and step) what the run keeps.
    /// </summary>
    public IReadOnlyList<MemoryPart> Memory(double humanEdges, long humanNetworkBytes)
    {
        long humans = Humans;
        var accounts = humans + (long)(humans * _spec.Beta);
        var edges = (long)humanEdges + (long)(humans * _spec.Beta * (humans * _spec.Gamma + 4));
        var (feedPerAccount, feedPerMessage) = NewsFeeds.BytesPer(_spec.Alpha);
        var (inboxPerEdge, inboxPerAccount) = Inbox.BytesPer;
        var messages = accounts * _steps;
        return
        [
            new MemoryPart("follow network", humanNetworkBytes + EdgeBuffer.MemoryOf(accounts, edges).Kept),
            new MemoryPart("feeds and pushes", accounts * (feedPerAccount + inboxPerAccount + 4) + edges * inboxPerEdge),
            new MemoryPart("messages", messages * (MessageStore.BytesPerMessage + feedPerMessage + DiscriminativePower.BytesPerMessage + 8)),
        ];
    }

    /// <summary>A replicate on the humans' network (row h: h's followers), its bots drawn from the replicate's seed.</summary>
    public ClassicReplicate Build(CsrGraph humans, ulong replicateSeed, SimRandom dynamics, MetricCounters counters)
    {
        ArgumentNullException.ThrowIfNull(humans);
        var bots = (int)Math.Round(Humans * _spec.Beta);
        var network = BotInfiltration.Build(humans, bots, _spec.Gamma, TargetWeights(humans), SeedStreams.For(replicateSeed, SeedStreams.ActorFollowers));
        var process = new SimSoMProcess(network, Humans, _parameters, dynamics);
        var recording = new SimSoMRecording(counters);
        recording.Record(process.Measures);
        return new ClassicReplicate(counters, humans, () =>
        {
            process.Step();
            recording.Record(process.Measures);
        }, process.FeedQualityOf);
    }

    /// <summary>Per human, its weight as a bot's target: followers (hubs), |partisanship| or misinformation score of its segment; none for random targeting.</summary>
    private double[] TargetWeights(CsrGraph humans) => _spec.Targeting switch
    {
        SimSoMTargetings.Hubs => Enumerable.Range(0, Humans).Select(h => (double)humans.Degree(h)).ToArray(),
        SimSoMTargetings.Partisan => _segmentOfHuman.Select(s => Math.Abs(_partisanship[s])).ToArray(),
        SimSoMTargetings.Misinformation => _segmentOfHuman.Select(s => _misinformation[s]).ToArray(),
        _ => [],
    };
}
