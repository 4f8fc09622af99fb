using InfluenceSim.Classic;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Classic;

/// <summary>The linear threshold, voter, Deffuant and Hegselmann-Krause models against published results.</summary>
public class ThresholdAndOpinionValidationTests
{
    /// <summary>
    /// Watts (2002): with one threshold phi for all, a random seed sets off global cascades only inside a window of
    /// mean degree z, where the vulnerable nodes (degree at most 1/phi) percolate: sum of k(k-1)p_k over k &lt;= 1/phi
    /// above z. For phi = 0.18 and Poisson degrees that sum is z^2 P(K &lt;= 3): 16 x 0.433 = 6.9 > 4 at z = 4
    /// (cascades), 100 x 0.010 = 1.0 &lt; 10 at z = 10 (none).
    /// </summary>
    [Test]
    public void ThresholdCascadesHappenInsideWattsWindowOnly()
    {
        double GlobalCascadeFrequency(double z)
        {
            const int n = 10_000;
            var graph = ClassicGraphs.UndirectedErdosRenyi(n, z, (ulong)(z * 100));
            var thresholds = Enumerable.Repeat(0.18, n).ToArray();
            var random = new SimRandom(77);
            var global = 0;
            for (var run = 0; run < 100; run++)
            {
                var model = new LinearThreshold(graph, thresholds, Seeding.Choose(graph, 1, SeedChoice.Random, random));
                model.RunToEnd(10_000);
                if (model.ActiveCount > n / 10) global++;
            }

            return global / 100.0;
        }

        Assert.That(GlobalCascadeFrequency(4), Is.GreaterThan(0.2));
        Assert.That(GlobalCascadeFrequency(10), Is.LessThan(0.03));
    }

    [Test]
    public void ThresholdZeroActivatesEverythingReachable()
    {
        var graph = ClassicGraphs.DirectedErdosRenyi(2_000, 3, 5);
        var model = new LinearThreshold(graph, new double[2_000], [0]);
        model.RunToEnd(10_000);
        var reach = new IndependentCascade(graph, 1.0, [0], new SimRandom(1));
        reach.RunToEnd(10_000);
        Assert.That(model.ActiveCount, Is.EqualTo(reach.ActiveCount));
    }

    /// <summary>
    /// The voter model on a regular graph: the fraction holding an opinion is a martingale, so the opinion wins with
    /// probability equal to its initial share (Liggett 1985; Sood and Redner 2005).
    /// </summary>
    [Test]
    public void VoterOpinionWinsWithItsInitialShare()
    {
        const int n = 60;
        const int runs = 400;
        var graph = ClassicGraphs.RingLattice(n, 10);
        var random = new SimRandom(21);
        var wins = 0;
        for (var run = 0; run < runs; run++)
        {
            var opinions = new double[n];
            foreach (var node in Seeding.Choose(graph, 18, SeedChoice.Random, random)) opinions[node] = 1;
            var voter = new OpinionDynamics(graph.Transpose(), opinions, random);
            for (var step = 0; step < 100_000 && !voter.IsConsensus(); step++) voter.VoterStep();
            Assert.That(voter.IsConsensus(), Is.True);
            if (voter.Opinions[0] == 1) wins++;
        }

        // Initial share 18/60 = 0.3; the standard error of the win frequency over 400 runs is 0.023.
        Assert.That(wins / (double)runs, Is.EqualTo(0.3).Within(4 * 0.023));
    }

    /// <summary>
    /// Deffuant et al. (2000): with opinions uniform on [0, 1] and complete mixing, the population settles into about
    /// 1/(2 epsilon) major clusters (consensus for epsilon above about 0.3).
    /// </summary>
    [TestCase(0.5, 1)]
    [TestCase(0.2, 2)]
    [TestCase(0.1, 5)]
    public void DeffuantSettlesIntoAboutOneOverTwoEpsilonClusters(double epsilon, int expected)
    {
        const int n = 500;
        var graph = ClassicGraphs.Complete(n);
        var random = new SimRandom(31);
        var opinions = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var model = new OpinionDynamics(graph, opinions, random);
        for (var step = 0; step < 3_000; step++) model.DeffuantStep(epsilon, 0.5);
        var clusters = OpinionStatistics.Of(model.Opinions, gap: epsilon / 2).MajorClusters;
        Assert.That(clusters, Is.InRange(expected - 1, expected + 1), $"1/(2 epsilon) = {1 / (2 * epsilon):0.#}");
    }

    /// <summary>
    /// Hegselmann and Krause (2002); Lorenz (2007): with uniform initial opinions and complete mixing, confidence
    /// bounds above about 0.2 give consensus; small ones leave several opinion clusters.
    /// </summary>
    [TestCase(0.3, 1, 1)]
    [TestCase(0.05, 4, 15)]
    public void HegselmannKrauseConsensusNeedsAWideEnoughBound(double epsilon, int fewest, int most)
    {
        const int n = 300;
        var graph = ClassicGraphs.Complete(n);
        var random = new SimRandom(41);
        var model = new OpinionDynamics(graph, Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray(), random);
        for (var step = 0; step < 200; step++) model.HegselmannKrauseStep(epsilon);
        Assert.That(OpinionStatistics.Of(model.Opinions).MajorClusters, Is.InRange(fewest, most));
    }

    [Test]
    public void OpinionStatisticsCountClustersAndSpread()
    {
        var stats = OpinionStatistics.Of([0.1, 0.1, 0.1, 0.5, 0.9, 0.9], gap: 0.01, majorShare: 0.3);
        Assert.That(stats.Clusters, Is.EqualTo(3));
        Assert.That(stats.MajorClusters, Is.EqualTo(2), "0.5 holds one node of six, under 30%");
        Assert.That(stats.Mean, Is.EqualTo(2.6 / 6).Within(1e-12));
    }
}
