using InfluenceSim.Classic;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Classic;

/// <summary>
/// SIR and the independent cascade on Erdos-Renyi graphs against bond percolation (Newman 2002; Kenah and Robins
/// 2007): a large outbreak reaches the fraction S solving S = 1 - exp(-c T S), with c the mean degree and T the
/// transmissibility; below the threshold (c T &lt; 1) outbreaks stay small, of mean size 1 / (1 - c T) from one seed.
/// </summary>
public class PercolationValidationTests
{
    private const int Nodes = 20_000;
    private const double MeanDegree = 5;

    [Test]
    public void SirFinalSizeMatchesPercolation()
    {
        const double transmission = 0.1;
        const double recovery = 0.2;
        var transmissibility = EpidemicProcess.Transmissibility(transmission, recovery);
        Assert.That(transmissibility, Is.EqualTo(1 - 0.2 * 0.9 / (1 - 0.8 * 0.9)).Within(1e-12));
        var theory = ClassicGraphs.PercolationFinalSize(MeanDegree, transmissibility);
        var sizes = Enumerable.Range(0, 10).Select(r =>
        {
            var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, MeanDegree, (ulong)(100 + r));
            var random = new SimRandom((ulong)(200 + r));
            var process = new EpidemicProcess(graph, EpidemicModel.SIR, transmission, recovery, Seeding.Choose(graph, 10, SeedChoice.Random, random), random);
            process.RunToEnd(10_000);
            Assert.That(process.InfectedCount, Is.Zero, "the outbreak ended");
            Assert.That(process.RemovedCount, Is.EqualTo(process.EverInfected), "in SIR everyone infected is removed at the end");
            return process.EverInfected / (double)Nodes;
        }).ToArray();
        // Finite-size fluctuations of the final fraction are about 1/sqrt(n) = 0.007; allow 0.02 on the mean of 10.
        Assert.That(sizes.Average(), Is.EqualTo(theory).Within(0.02), $"theory {theory:0.0000}");
    }

    [Test]
    public void IndependentCascadeFinalSizeMatchesPercolation()
    {
        const double probability = 0.4;
        var theory = ClassicGraphs.PercolationFinalSize(MeanDegree, probability);
        var sizes = Enumerable.Range(0, 10).Select(r =>
        {
            var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, MeanDegree, (ulong)(300 + r));
            var random = new SimRandom((ulong)(400 + r));
            var cascade = new IndependentCascade(graph, probability, Seeding.Choose(graph, 10, SeedChoice.Random, random), random);
            cascade.RunToEnd(10_000);
            return cascade.ActiveCount / (double)Nodes;
        }).ToArray();
        Assert.That(sizes.Average(), Is.EqualTo(theory).Within(0.02), $"theory {theory:0.0000}");
    }

    [Test]
    public void BelowTheThresholdOutbreaksStaySmall()
    {
        const double probability = 0.12; // c T = 0.6
        var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, MeanDegree, 7);
        var random = new SimRandom(8);
        var sizes = Enumerable.Range(0, 400).Select(_ =>
        {
            var cascade = new IndependentCascade(graph, probability, Seeding.Choose(graph, 1, SeedChoice.Random, random), random);
            cascade.RunToEnd(10_000);
            return cascade.ActiveCount;
        }).ToArray();
        // Branching process with Poisson(0.6) offspring: mean total size 1 / (1 - 0.6) = 2.5, variance 0.6 / 0.4^3 = 9.4.
        Assert.That(sizes.Average(), Is.EqualTo(2.5).Within(4 * Math.Sqrt(9.4 / 400)));
        Assert.That(sizes.Max(), Is.LessThan(Nodes / 100));
    }

    [Test]
    public void WorkFollowsTheActivationsNotTheEdges()
    {
        const double probability = 0.4;
        var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, MeanDegree, 9);
        var random = new SimRandom(10);
        var cascade = new IndependentCascade(graph, probability, Enumerable.Range(0, 20), random);
        cascade.RunToEnd(10_000);
        var degreeOfActive = Enumerable.Range(0, Nodes).Where(cascade.IsActive).Sum(graph.Degree);
        Assert.That(cascade.ActiveCount, Is.GreaterThan(Nodes / 2), "a large cascade");
        Assert.That(cascade.ActivationsDrawn, Is.GreaterThanOrEqualTo(cascade.ActiveCount - 20), "every activation but the seeds' came from a successful draw");
        Assert.That(cascade.ActivationsDrawn, Is.EqualTo(probability * degreeOfActive).Within(0.05 * probability * degreeOfActive),
            $"successful draws are about p x the active nodes' {degreeOfActive} out-edges, and only those are visited");
    }

    [Test]
    public void SiReachesTheWholeOutComponentAndSisStaysEndemic()
    {
        var graph = ClassicGraphs.DirectedErdosRenyi(5_000, MeanDegree, 11);
        var random = new SimRandom(12);
        var si = new EpidemicProcess(graph, EpidemicModel.SI, 0.5, 0, [0], random);
        si.RunToEnd(10_000);
        var ic = new IndependentCascade(graph, 1.0, [0], random);
        ic.RunToEnd(10_000);
        Assert.That(si.EverInfected, Is.EqualTo(ic.ActiveCount), "SI infects exactly what is reachable from the seed");

        var sis = new EpidemicProcess(graph, EpidemicModel.SIS, 0.3, 0.3, Seeding.Choose(graph, 50, SeedChoice.Random, random), random);
        for (var step = 0; step < 300; step++) sis.Step();
        Assert.That(sis.InfectedCount, Is.GreaterThan(0.3 * 5_000), "well above the epidemic threshold SIS settles at a high prevalence");
        Assert.That(sis.RemovedCount, Is.Zero);
    }
}
