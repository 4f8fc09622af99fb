using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Networks;

public class NetworkGeneratorTests
{
    private static CsrGraph Generate(NetworkParameters spec, int[] blockStarts, ulong seed = 1)
    {
        var ids = Enumerable.Range(0, blockStarts.Length - 1).Select(b => $"s{b}").ToList();
        return NetworkGenerator.Build(spec, blockStarts, ids, seed);
    }

    private static int[] InDegrees(CsrGraph followersGraph)
    {
        // Row v lists v's followers, so the follows made by u are u's appearances across rows.
        var follows = new int[followersGraph.NodeCount];
        for (var v = 0; v < followersGraph.NodeCount; v++)
        {
            foreach (var u in followersGraph.Neighbours(v)) follows[u]++;
        }

        return follows;
    }

    [Test]
    public void ErdosRenyiFollowCountsAreBinomialWithTheRequestedMean()
    {
        const int n = 20_000;
        var graph = Generate(new NetworkParameters(NetworkModels.ErdosRenyi, 10), [0, n]);
        var follows = InDegrees(graph);
        var mean = follows.Average();
        var variance = follows.Select(f => (f - mean) * (f - mean)).Sum() / (n - 1);
        Assert.Multiple(() =>
        {
            // The mean of 20,000 Binomial(n-1, 10/(n-1)) counts has standard error 0.022.
            Assert.That(mean, Is.EqualTo(10).Within(0.11));
            // Binomial variance is about the mean (10); the sample variance's standard error here is about 0.1.
            Assert.That(variance, Is.EqualTo(10).Within(0.6));
        });
    }

    [Test]
    public void SbmKeepsTheHomophilyShareOfFollowsInsideTheSegment()
    {
        int[] blocks = [0, 6000, 10_000];
        var graph = Generate(new NetworkParameters(NetworkModels.Sbm, 20, Homophily: 0.8), blocks);
        long inside = 0;
        long total = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            foreach (var u in graph.Neighbours(v))
            {
                total++;
                if ((u < 6000) == (v < 6000)) inside++;
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(inside / (double)total, Is.EqualTo(0.8).Within(0.01));
            Assert.That(total / 10_000.0, Is.EqualTo(20).Within(0.3));
        });
    }

    [Test]
    public void SbmMixingMatrixDirectsFollows()
    {
        int[] blocks = [0, 1000, 2000];
        var spec = new NetworkParameters(NetworkModels.Sbm, 10, Mixing: new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["s0"] = new Dictionary<string, double> { ["s1"] = 1.0 },
            ["s1"] = new Dictionary<string, double> { ["s1"] = 1.0 },
        });
        var graph = Generate(spec, blocks);
        for (var v = 0; v < 1000; v++)
        {
            Assert.That(graph.Degree(v), Is.Zero, "nobody follows segment s0");
        }
    }

    [Test]
    public void BarabasiAlbertIsMutualWithTheExpectedEdgeCountAndHubs()
    {
        const int n = 5000;
        const int m = 3;
        var graph = Generate(new NetworkParameters(NetworkModels.BarabasiAlbert, 2 * m), [0, n]);
        var undirected = graph.EdgeCount / 2;
        Assert.Multiple(() =>
        {
            Assert.That(undirected, Is.EqualTo(m * (m + 1) / 2 + (n - m - 1) * m));
            for (var v = 0; v < n; v++)
            {
                foreach (var u in graph.Neighbours(v)) Assert.That(graph.HasEdge(u, v), Is.True);
            }

            Assert.That(Enumerable.Range(0, n).Min(graph.Degree), Is.GreaterThanOrEqualTo(m));
            // Preferential attachment grows hubs of order m * sqrt(n) = 212; a random graph of mean 6 would stay below 25.
            Assert.That(Enumerable.Range(0, n).Max(graph.Degree), Is.GreaterThan(80));
        });
    }

    [Test]
    public void WattsStrogatzWithoutRewiringIsARingLattice()
    {
        const int n = 1000;
        var graph = Generate(new NetworkParameters(NetworkModels.WattsStrogatz, 6, Rewire: 0), [0, n]);
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, n).Select(graph.Degree).Distinct(), Is.EqualTo(new[] { 6 }));
            Assert.That(graph.EdgeCount, Is.EqualTo(n * 6));
        });
    }

    [Test]
    public void WattsStrogatzRewiringKeepsTheEdgeCountAndSymmetry()
    {
        const int n = 1000;
        var graph = Generate(new NetworkParameters(NetworkModels.WattsStrogatz, 6, Rewire: 0.3), [0, n]);
        Assert.That(graph.EdgeCount, Is.InRange(n * 6 - 40, n * 6));
        for (var v = 0; v < n; v++)
        {
            foreach (var u in graph.Neighbours(v)) Assert.That(graph.HasEdge(u, v), Is.True);
        }
    }

    [Test]
    public void SameSeedGivesTheSameNetwork()
    {
        var spec = new NetworkParameters(NetworkModels.Sbm, 8);
        var a = Generate(spec, [0, 300, 500], seed: 9);
        var b = Generate(spec, [0, 300, 500], seed: 9);
        for (var v = 0; v < 500; v++) Assert.That(a.Neighbours(v).ToArray(), Is.EqualTo(b.Neighbours(v).ToArray()));
    }
}
