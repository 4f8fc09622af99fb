using InfluenceSim.Classic;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Classic;

/// <summary>
/// Majority rule, Sznajd and the q-voter model on complete graphs against their mean-field theory: majority rule and
/// Sznajd reach consensus on the opinion of the initial majority (Krapivsky and Redner 2003), majority rule in a time
/// that grows as ln N; the q-voter model with independence p settles where (1 - p)[(1 - c) c^q - c (1 - c)^q] =
/// p (c - 1/2), ordered below p* = (q - 1) / (q - 1 + 2^(q - 1)) and disordered above (Nyczka, Sznajd-Weron and Cislo 2012).
/// </summary>
public class BinaryOpinionModelTests
{
    /// <summary>The first share x n nodes hold opinion 1 (on a complete graph which ones does not matter).</summary>
    private static double[] Opinions(int n, double share)
    {
        var opinions = new double[n];
        for (var node = 0; node < (int)Math.Round(share * n); node++) opinions[node] = 1;
        return opinions;
    }

    [TestCase(0.4, 0)]
    [TestCase(0.6, 1)]
    public void MajorityRuleEndsInTheInitialMajoritysOpinion(double share, int winner)
    {
        var graph = ClassicGraphs.Complete(301);
        for (var replicate = 0; replicate < 20; replicate++)
        {
            var random = new SimRandom((ulong)(600 + replicate));
            var model = new MajorityRule(graph, 3, Opinions(301, share), random);
            for (var step = 0; step < 200 && !model.IsConsensus; step++) model.Step();
            Assert.That(model.IsConsensus, Is.True, $"replicate {replicate} reached consensus");
            Assert.That(model.Ones, Is.EqualTo(winner * 301), $"replicate {replicate}: the initial majority won");
        }
    }

    [Test]
    public void MajorityRulesConsensusTimeGrowsAsTheLogarithmOfTheSize()
    {
        double MeanTime(int n)
        {
            var graph = ClassicGraphs.Complete(n);
            return Enumerable.Range(0, 20).Average(replicate =>
            {
                var random = new SimRandom((ulong)(700 + replicate));
                var model = new MajorityRule(graph, 3, Opinions(n, 0.4), random);
                var steps = 0;
                for (; !model.IsConsensus && steps < 10_000; steps++) model.Step();
                return steps;
            });
        }

        var small = MeanTime(100);
        var large = MeanTime(1000);
        // ln(1000) / ln(100) = 1.5; a time linear in N would grow tenfold.
        Assert.That(large / small, Is.InRange(1.0, 2.5), $"{small:0.0} steps at 100 nodes, {large:0.0} at 1,000");
    }

    [TestCase(0.35, 0)]
    [TestCase(0.65, 1)]
    public void SznajdEndsInTheInitialMajoritysOpinion(double share, int winner)
    {
        var graph = ClassicGraphs.Complete(300);
        for (var replicate = 0; replicate < 20; replicate++)
        {
            var random = new SimRandom((ulong)(800 + replicate));
            var model = new Sznajd(graph, Opinions(300, share), random);
            for (var step = 0; step < 2000 && !model.IsConsensus; step++) model.Step();
            Assert.That(model.Ones, Is.EqualTo(winner * 300), $"replicate {replicate}: consensus on the initial majority's opinion");
        }
    }

    [Test]
    public void TheQVotersCriticalIndependenceIsTheMeanFieldOne()
    {
        Assert.That(QVoter.CriticalIndependence(4), Is.EqualTo(3.0 / 11).Within(1e-15));
        Assert.That(QVoter.CriticalIndependence(2), Is.EqualTo(1.0 / 3).Within(1e-15));
        Assert.That(QVoter.CriticalIndependence(1), Is.Zero, "the linear voter model orders only without noise");
    }

    /// <summary>Below p* = 3/11 for q = 4 the share settles at the mean-field fixed point; above it at one half.</summary>
    [TestCase(0.10, 0.93675)]
    [TestCase(0.17, 0.86625)]
    [TestCase(0.37, 0.5)]
    public void TheQVoterSettlesWhereMeanFieldTheoryPutsIt(double independence, double expectedShare)
    {
        const int n = 1000;
        var graph = ClassicGraphs.Complete(n);
        var random = new SimRandom(900);
        var model = new QVoter(graph, 4, independence, Opinions(n, 0.9), random);
        for (var step = 0; step < 300; step++) model.Step();
        var share = 0.0;
        for (var step = 0; step < 200; step++)
        {
            model.Step();
            share += model.Ones / (double)n / 200;
        }

        // Fluctuations of a time average of 200 sweeps of 1,000 nodes are below 0.01 away from the transition.
        Assert.That(share, Is.EqualTo(expectedShare).Within(0.03), $"independence {independence}, p* = {QVoter.CriticalIndependence(4):0.000}");
    }
}
