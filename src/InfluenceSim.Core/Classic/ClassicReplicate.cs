using InfluenceSim.Cascades;
using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Runs;

namespace InfluenceSim.Classic;

/// <summary>
/// One replicate of a classic model: its process, stepped by one round or sweep at a time, its counters, and, for
/// observers that draw it, its network and each node's state.
/// </summary>
public sealed class ClassicReplicate : IReplicate
{
    private readonly Action _step;
    private readonly Func<int, double> _stateOf;
    private ClassicAccounts? _accounts;

    internal ClassicReplicate(MetricCounters counters, CsrGraph network, Action step, Func<int, double> stateOf)
    {
        Counters = counters;
        Network = network;
        _step = step;
        _stateOf = stateOf;
    }

    public MetricCounters Counters { get; }

    /// <summary>Row v: the nodes v can reach (infect, activate, be listened to by).</summary>
    public CsrGraph Network { get; }

    public int CurrentStep { get; private set; }

    /// <summary>
    /// A node's state: for SI, SIS and SIR 0 susceptible, 1 infected, 2 removed; for the cascade and threshold models
    /// 0 inactive, 1 active; for opinion models the opinion.
    /// </summary>
    public double StateOf(int node) => _stateOf(node);

    public void Step()
    {
        _step();
        CurrentStep++;
    }

    public int Threads => 1;

    public IReplicateAccounts Accounts => _accounts ??= new ClassicAccounts(this);

    public IPostHistory? PostHistory => null;

    public IReadOnlyList<Cascade>? MeasureCascades() => null;

    /// <summary>A classic model's nodes, all of the audience, on its one network.</summary>
    private sealed class ClassicAccounts(ClassicReplicate replicate) : IReplicateAccounts
    {
        public int AudienceCount => replicate.Network.NodeCount;

        public int ActorAccountCount => 0;

        public long FollowEdgeCount => replicate.Network.EdgeCount;

        public CsrGraph? Network => replicate.Network;

        public IEnumerable<int> FollowersOf(int account) => replicate.Network.Neighbours(account).ToArray();

        public double StateOf(int account, int narrative) => replicate.StateOf(account);

        public (string Kind, string Group, string? Sponsor) Describe(int account) => ("audience", "", null);

        public bool IsDown(int account) => false;
    }
}
