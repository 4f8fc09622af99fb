using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// The q-voter model (Castellano, Munoz and Pastor-Satorras 2009, Physical Review E 80, 041129) with independence
/// (Nyczka, Sznajd-Weron and Cislo 2012, arXiv:1204.3151): in an update a random node acts independently with the independence probability p, taking
/// either opinion with probability 1/2; otherwise it draws q of the nodes it listens to (with replacement) and takes
/// their opinion if they all agree. A step is as many updates as there are nodes. On a complete graph the share of
/// ones c moves as (1 - p)[(1 - c) c^q - c (1 - c)^q] - p (c - 1/2), so the disordered state c = 1/2 is stable for p
/// above p* = (q - 1) / (q - 1 + 2^(q - 1)) and agreement sets in below it (docs/classic-models.md).
/// </summary>
public sealed class QVoter
{
    private readonly CsrGraph _listensTo;
    private readonly int _q;
    private readonly double _independence;
    private readonly SimRandom _random;
    private readonly BinaryOpinions _opinions;

    /// <param name="listensTo">Row v: the nodes v takes opinions from.</param>
    /// <param name="q">Sources consulted in a conforming update.</param>
    /// <param name="independence">Probability of an independent update.</param>
    /// <param name="opinions">Each node's opinion at the start, 0 or 1.</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to keep the ones per segment, if anywhere.</param>
    public QVoter(CsrGraph listensTo, int q, double independence, IReadOnlyList<double> opinions, SimRandom random, NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(listensTo);
        ArgumentOutOfRangeException.ThrowIfLessThan(q, 1);
        _listensTo = listensTo;
        _q = q;
        _independence = independence;
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _opinions = new BinaryOpinions(opinions, counting);
    }

    public int Ones => _opinions.Ones;

    public double OpinionOf(int node) => _opinions[node];

    /// <summary>The mean-field critical independence p* = (q - 1) / (q - 1 + 2^(q - 1)), below which agreement sets in.</summary>
    public static double CriticalIndependence(int q) => (q - 1) / (q - 1 + Math.Pow(2, q - 1));

    public void Step()
    {
        for (var k = 0; k < _opinions.Count; k++)
        {
            var node = _random.Next(_opinions.Count);
            if (_random.Bernoulli(_independence))
            {
                _opinions.Set(node, _random.Bernoulli(0.5) ? (byte)1 : (byte)0);
                continue;
            }

            var sources = _listensTo.Neighbours(node);
            if (sources.Length == 0) continue;
            var opinion = _opinions[sources[_random.Next(sources.Length)]];
            var unanimous = true;
            for (var drawn = 1; drawn < _q && unanimous; drawn++) unanimous = _opinions[sources[_random.Next(sources.Length)]] == opinion;
            if (unanimous) _opinions.Set(node, opinion);
        }
    }
}

/// <summary>The q-voter model as a classic model: the share initialShare of the nodes holds opinion 1.</summary>
internal sealed class QVoterModel : IClassicModel
{
    public string Name => ScenarioModels.QVoter;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = [MetricCatalogue.OpinionMean];

    public int BytesPerNode => 1;

    public bool ListensToInNeighbours => true;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var opinions = setup.BinaryOpinions();
        var parameters = setup.Parameters;
        var model = new QVoter(setup.Network.Transpose(), parameters.Q, parameters.Independence, opinions, setup.Random, setup.Counting);
        return new ClassicProcess(model.Step, model.OpinionOf);
    }
}
