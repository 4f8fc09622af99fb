using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// The majority rule model (Krapivsky and Redner 2003, Physical Review Letters 90, 238701): in an update a
/// random node and group size - 1 of the nodes it listens to, drawn at random (with replacement), all take the group's
/// majority opinion. A step is as many updates as there are nodes over the group size, so that each node is in about
/// one group a step. On a complete graph the opinion of the initial majority wins, in a time that grows as ln N.
/// </summary>
public sealed class MajorityRule
{
    private readonly CsrGraph _listensTo;
    private readonly int _groupSize;
    private readonly SimRandom _random;
    private readonly BinaryOpinions _opinions;
    private readonly int[] _group;

    /// <param name="listensTo">Row v: the nodes v takes opinions from.</param>
    /// <param name="groupSize">Nodes in a group, odd.</param>
    /// <param name="opinions">Each node's opinion at the start, 0 or 1.</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to keep the ones per segment, if anywhere.</param>
    public MajorityRule(CsrGraph listensTo, int groupSize, IReadOnlyList<double> opinions, SimRandom random, NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(listensTo);
        if (groupSize < 3 || groupSize % 2 == 0) throw new ArgumentOutOfRangeException(nameof(groupSize), groupSize, "an odd group of 3 or more");
        _listensTo = listensTo;
        _groupSize = groupSize;
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _opinions = new BinaryOpinions(opinions, counting);
        _group = new int[groupSize];
    }

    public int Ones => _opinions.Ones;

    public bool IsConsensus => _opinions.IsConsensus;

    public double OpinionOf(int node) => _opinions[node];

    public void Step()
    {
        var updates = Math.Max(1, _opinions.Count / _groupSize);
        for (var k = 0; k < updates; k++)
        {
            var node = _random.Next(_opinions.Count);
            var sources = _listensTo.Neighbours(node);
            if (sources.Length == 0) continue;
            _group[0] = node;
            var ones = _opinions[node];
            for (var member = 1; member < _groupSize; member++)
            {
                _group[member] = sources[_random.Next(sources.Length)];
                ones += _opinions[_group[member]];
            }

            var majority = 2 * ones > _groupSize ? (byte)1 : (byte)0;
            foreach (var member in _group) _opinions.Set(member, majority);
        }
    }
}

/// <summary>Majority rule as a classic model: the share initialShare of the nodes holds opinion 1.</summary>
internal sealed class MajorityRuleModel : IClassicModel
{
    public string Name => ScenarioModels.MajorityRule;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = [MetricCatalogue.OpinionMean];

    public int BytesPerNode => 1;

    public bool ListensToInNeighbours => true;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var opinions = setup.BinaryOpinions();
        var model = new MajorityRule(setup.Network.Transpose(), setup.Parameters.GroupSize, opinions, setup.Random, setup.Counting);
        return new ClassicProcess(model.Step, model.OpinionOf);
    }
}
