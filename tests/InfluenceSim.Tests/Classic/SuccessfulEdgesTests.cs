using InfluenceSim.Classic;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Classic;

public class SuccessfulEdgesTests
{
    private static CsrGraph SmallGraph()
    {
        var edges = new EdgeBuffer();
        edges.Add(0, 1);
        edges.Add(0, 2);
        edges.Add(0, 3);
        edges.Add(2, 0);
        edges.Add(3, 1);
        edges.Add(3, 4);
        return edges.Build(5);
    }

    [Test]
    public void WithCertaintyEveryEdgeIsFoundInTheOrderOfSourcesThenRows()
    {
        var found = new SuccessfulEdges().Draw(SmallGraph(), [3, 1, 0], new GeometricSkip(1.0), new SimRandom(1)).ToArray();
        Assert.That(found, Is.EqualTo(new[] { 1, 4, 1, 2, 3 }), "node 3's row, node 1's (empty), node 0's");
    }

    [Test]
    public void WithProbabilityZeroNothingIsFound()
    {
        Assert.That(new SuccessfulEdges().Draw(SmallGraph(), [0, 2, 3], new GeometricSkip(0.0), new SimRandom(1)).Length, Is.Zero);
    }

    [Test]
    public void EachEdgeSucceedsIndependentlyWithTheProbability()
    {
        const double p = 0.3;
        const int trials = 40_000;
        var graph = ClassicGraphs.DirectedErdosRenyi(40, 4, 3);
        var sources = Enumerable.Range(0, 40).ToArray();
        var edges = new SuccessfulEdges();
        var random = new SimRandom(4);
        var perTarget = new int[40];
        var pairsOfZero = 0;
        for (var t = 0; t < trials; t++)
        {
            var found = edges.Draw(graph, sources, new GeometricSkip(p), random);
            foreach (var target in found) perTarget[target]++;
            if (graph.Degree(0) >= 2 && found.Length >= 2 && found[0] == graph.Neighbours(0)[0] && found[1] == graph.Neighbours(0)[1]) pairsOfZero++;
        }

        for (var target = 0; target < 40; target++)
        {
            var inDegree = sources.Count(s => graph.HasEdge(s, target));
            var mean = trials * inDegree * p;
            var sd = Math.Sqrt(trials * inDegree * p * (1 - p));
            Assert.That(perTarget[target], Is.EqualTo(mean).Within(5 * sd + 1e-9), $"target {target}, in-degree {inDegree}");
        }

        Assume.That(graph.Degree(0), Is.GreaterThanOrEqualTo(2));
        var both = trials * p * p;
        Assert.That(pairsOfZero, Is.EqualTo(both).Within(5 * Math.Sqrt(both * (1 - p * p))), "two edges of a row succeed together with p^2: independent");
    }
}
