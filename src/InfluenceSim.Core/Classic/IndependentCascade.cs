using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>
/// The independent cascade model (Goldenberg, Libai and Muller 2001; Kempe, Kleinberg and Tardos 2003): a node
/// activated in round t has one chance, in round t + 1, to activate each inactive out-neighbour, with probability p.
/// Only the newly active frontier is visited, and of its out-edges only those whose draw succeeds
/// (<see cref="SuccessfulEdges"/>), so the work follows the activations tried, not the edges.
/// </summary>
public sealed class IndependentCascade
{
    private readonly CsrGraph _graph;
    private readonly GeometricSkip _toNextActivation;
    private readonly SimRandom _random;
    private readonly ActivationFrontier _frontier;
    private readonly SuccessfulEdges _successfulEdges = new();

    /// <param name="graph">Rows are out-neighbours: whom a node can activate.</param>
    /// <param name="probability">Probability that a newly active node activates each inactive out-neighbour.</param>
    /// <param name="seeds">The nodes active at the start.</param>
    /// <param name="random">The generator.</param>
    /// <param name="counting">Where to count active nodes per segment, if anywhere.</param>
    public IndependentCascade(CsrGraph graph, double probability, IEnumerable<int> seeds, SimRandom random, NodeCounting? counting = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1.0);
        _graph = graph;
        _toNextActivation = new GeometricSkip(probability);
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _frontier = new ActivationFrontier(graph.NodeCount, seeds, counting);
    }

    public int ActiveCount => _frontier.ActiveCount;

    /// <summary>Edges whose activation draw succeeded, onto an inactive node or not: the work done.</summary>
    public long ActivationsDrawn { get; private set; }

    public int RoundsRun { get; private set; }

    public bool IsActive(int node) => _frontier.IsActive(node);

    public void Round()
    {
        var reached = _successfulEdges.Draw(_graph, _frontier.Current, _toNextActivation, _random);
        ActivationsDrawn += reached.Length;
        foreach (var neighbour in reached)
        {
            if (!_frontier.IsActive(neighbour)) _frontier.Activate(neighbour);
        }

        _frontier.Advance();
        RoundsRun++;
    }

    public void RunToEnd(int maxRounds)
    {
        while (!_frontier.IsEmpty && RoundsRun < maxRounds) Round();
    }
}

/// <summary>The independent cascade as a classic model.</summary>
internal sealed class IndependentCascadeModel : IClassicModel
{
    public string Name => ScenarioModels.IndependentCascade;

    public IReadOnlyList<MetricDefinition> Metrics { get; } = [MetricCatalogue.Active];

    /// <summary>The active flags and the frontier's two lists.</summary>
    public int BytesPerNode => 9;

    public bool ListensToInNeighbours => false;

    public ClassicProcess Build(ClassicSetup setup)
    {
        var cascade = new IndependentCascade(setup.Network, setup.Parameters.Activation, setup.ChooseSeeds(), setup.Random, setup.Counting);
        return new ClassicProcess(cascade.Round, node => cascade.IsActive(node) ? 1 : 0);
    }
}
