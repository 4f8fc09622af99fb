using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// The Sznajd model, "united we stand, divided we fall" (Sznajd-Weron and Sznajd 2000), on a follow graph: in an
/// update a random node i and a random follower j of i are drawn; if they agree, a random follower of j takes their
/// opinion. A step is as many updates as there are nodes. On a complete graph the share of ones c drifts as
/// c (1 - c) (2c - 1), towards the initial majority, as in the q-voter model with q = 2 (Przybyla, Sznajd-Weron and
/// Tabiszewski 2011, arXiv:1107.0366, count the Sznajd model among its special cases).
/// </summary>
public sealed class Sznajd
{
    private readonly CsrGraph _graph;
    private readonly SimRandom _random;
    private readonly BinaryOpinions _opinions;

    /// <param name="graph">Row v: v's followers (the nodes v can convince).</param>
    /// <param name="opinions">Each node's opinion at the start, 0 or 1.</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to keep the ones per segment, if anywhere.</param>
    public Sznajd(CsrGraph graph, IReadOnlyList<double> opinions, SimRandom random, NodeCounting? counting = null)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _opinions = new BinaryOpinions(opinions, counting);
    }

    public int Ones => _opinions.Ones;

    public bool IsConsensus => _opinions.IsConsensus;

    public double OpinionOf(int node) => _opinions[node];

    public void Step()
    {
        for (var k = 0; k < _opinions.Count; k++)
        {
            var first = _random.Next(_opinions.Count);
            var followers = _graph.Neighbours(first);
            if (followers.Length == 0) continue;
            var second = followers[_random.Next(followers.Length)];
            if (_opinions[second] != _opinions[first]) continue;
            var audience = _graph.Neighbours(second);
            if (audience.Length > 0) _opinions.Set(audience[_random.Next(audience.Length)], _opinions[first]);
        }
    }
}

/// <summary>Sznajd as a classic model: the share initialShare of the nodes holds opinion 1.</summary>
internal sealed class SznajdModel : IClassicModel
{
    public string Name => ScenarioModels.Sznajd;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = [MetricCatalogue.OpinionMean];

    public int BytesPerNode => 1;

    public bool ListensToInNeighbours => false;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var model = new Sznajd(setup.Network, setup.BinaryOpinions(), setup.Random, setup.Counting);
        return new ClassicProcess(model.Step, model.OpinionOf);
    }
}
