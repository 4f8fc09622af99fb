using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// Opinion models on a graph, one step being as many updates as there are nodes (or one synchronous sweep):
/// the voter model (Clifford and Sudbury 1973; Holley and Liggett 1975), Deffuant bounded confidence (Deffuant et
/// al. 2000) and Hegselmann-Krause (2002). A node listens to its in-neighbours (the transposed follow graph).
/// </summary>
public sealed class OpinionDynamics
{
    private readonly CsrGraph _listensTo;
    private readonly SimRandom _random;
    private readonly int[]? _segmentOf;
    private readonly int _segmentCount;
    private readonly Counter _opinionSum;
    private double[] _opinions;
    private double[] _scratch;

    /// <param name="listensTo">Row v: the nodes v takes opinions from.</param>
    /// <param name="opinions">Initial opinions (the voter model uses 0 and 1).</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to keep the sum of opinions per segment (for the mean opinion), if anywhere.</param>
    public OpinionDynamics(CsrGraph listensTo, double[] opinions, SimRandom random, NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(listensTo);
        ArgumentNullException.ThrowIfNull(opinions);
        if (opinions.Length != listensTo.NodeCount) throw new ArgumentException("one opinion per node", nameof(opinions));
        _listensTo = listensTo;
        _opinions = (double[])opinions.Clone();
        _scratch = new double[opinions.Length];
        _random = random ?? throw new ArgumentNullException(nameof(random));
        if (counting is null) return;
        _segmentOf = counting.SegmentOfNode;
        _segmentCount = counting.SegmentCount;
        _opinionSum = counting.Counters.For(MetricCatalogue.OpinionMean);
        SumOpinions();
    }

    public ReadOnlySpan<double> Opinions => _opinions;

    /// <summary>Voter model: n times, a random node copies the opinion of a random node it listens to.</summary>
    public void VoterStep()
    {
        for (var k = 0; k < _opinions.Length; k++)
        {
            var node = _random.Next(_opinions.Length);
            var sources = _listensTo.Neighbours(node);
            if (sources.Length > 0) Set(node, _opinions[sources[_random.Next(sources.Length)]]);
        }
    }

    /// <summary>Deffuant: n times, a random node and a random source it listens to; if their opinions differ by less than epsilon both move mu of the way towards each other.</summary>
    public void DeffuantStep(double epsilon, double mu)
    {
        for (var k = 0; k < _opinions.Length; k++)
        {
            var node = _random.Next(_opinions.Length);
            var sources = _listensTo.Neighbours(node);
            if (sources.Length == 0) continue;
            var other = sources[_random.Next(sources.Length)];
            var difference = _opinions[other] - _opinions[node];
            if (Math.Abs(difference) >= epsilon) continue;
            Set(node, _opinions[node] + mu * difference);
            Set(other, _opinions[other] - mu * difference);
        }
    }

    /// <summary>Hegselmann-Krause: every node at once takes the mean of its own and its sources' opinions within epsilon of its own.</summary>
    public void HegselmannKrauseStep(double epsilon)
    {
        for (var node = 0; node < _opinions.Length; node++)
        {
            var own = _opinions[node];
            var sum = own;
            var count = 1;
            foreach (var source in _listensTo.Neighbours(node))
            {
                if (Math.Abs(_opinions[source] - own) > epsilon) continue;
                sum += _opinions[source];
                count++;
            }

            _scratch[node] = sum / count;
        }

        (_opinions, _scratch) = (_scratch, _opinions);
        if (_segmentOf is not null) SumOpinions();
    }

    private void Set(int node, double opinion)
    {
        if (_segmentOf is not null) _opinionSum.Add(opinion - _opinions[node], segment: _segmentOf[node]);
        _opinions[node] = opinion;
    }

    /// <summary>Sums the opinions per segment afresh (after a step that moved every node).</summary>
    private void SumOpinions()
    {
        for (var segment = 0; segment < _segmentCount; segment++) _opinionSum.Set(0, segment: segment);
        for (var node = 0; node < _opinions.Length; node++) _opinionSum.Add(_opinions[node], segment: _segmentOf![node]);
    }

    /// <summary>True when all opinions are equal (the voter model's consensus).</summary>
    public bool IsConsensus()
    {
        foreach (var opinion in _opinions)
        {
            if (opinion != _opinions[0]) return false;
        }

        return true;
    }
}

/// <summary>The voter model as a classic model: the share initialShare of the nodes holds opinion 1.</summary>
internal sealed class VoterModel : IClassicModel
{
    public string Name => ScenarioModels.Voter;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = [MetricCatalogue.OpinionMean];

    /// <summary>The opinions and a second array for synchronous steps.</summary>
    public int BytesPerNode => 16;

    public bool ListensToInNeighbours => true;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var dynamics = new OpinionDynamics(setup.Network.Transpose(), setup.BinaryOpinions(), setup.Random, setup.Counting);
        return new ClassicProcess(dynamics.VoterStep, node => dynamics.Opinions[node]);
    }
}

/// <summary>
/// Deffuant and Hegselmann-Krause as classic models: opinions uniform on [0, 1], and after each step the spread and
/// the clusters of the opinions measured.
/// </summary>
internal sealed class BoundedConfidenceModel(string name) : IClassicModel
{
    public string Name => name;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = [MetricCatalogue.OpinionMean, MetricCatalogue.OpinionSd, MetricCatalogue.Clusters];

    public int BytesPerNode => 16;

    public bool ListensToInNeighbours => true;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var opinions = new double[setup.Nodes];
        for (var node = 0; node < opinions.Length; node++) opinions[node] = setup.Random.NextDouble();
        var dynamics = new OpinionDynamics(setup.Network.Transpose(), opinions, setup.Random, setup.Counting);
        var parameters = setup.Parameters;
        var spread = setup.Counters.For(MetricCatalogue.OpinionSd);
        var clusters = setup.Counters.For(MetricCatalogue.Clusters);
        void Measure()
        {
            var statistics = OpinionStatistics.Of(dynamics.Opinions, parameters.Epsilon / 2);
            spread.Set(statistics.StandardDeviation);
            clusters.Set(statistics.MajorClusters);
        }

        Measure();
        Action step = name == ScenarioModels.Deffuant
            ? () => dynamics.DeffuantStep(parameters.Epsilon, parameters.Mu)
            : () => dynamics.HegselmannKrauseStep(parameters.Epsilon);
        return new ClassicProcess(() =>
        {
            step();
            Measure();
        }, node => dynamics.Opinions[node]);
    }
}
