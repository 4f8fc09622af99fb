using InfluenceSim.Classic;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Classic;

/// <summary>
/// SEIR against SIR and bond percolation: the incubation delays an outbreak but does not change a node's chance of
/// infecting a follower before it recovers, so the final size is SIR's, S = 1 - exp(-c T S) on an Erdos-Renyi graph.
/// </summary>
public class SeirTests
{
    private const int Nodes = 20_000;
    private const double MeanDegree = 5;
    private const double Transmission = 0.1;
    private const double Recovery = 0.2;

    [Test]
    public void TheFinalSizeIsSirsAndPercolations()
    {
        var theory = ClassicGraphs.PercolationFinalSize(MeanDegree, EpidemicProcess.Transmissibility(Transmission, Recovery));
        var seir = new List<double>();
        var sir = new List<double>();
        for (var r = 0; r < 10; r++)
        {
            var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, MeanDegree, (ulong)(300 + r));
            var seirRandom = new SimRandom((ulong)(400 + r));
            var seirProcess = new Seir(graph, Transmission, incubation: 0.25, Recovery, Seeding.Choose(graph, 10, SeedChoice.Random, seirRandom), seirRandom);
            seirProcess.RunToEnd(100_000);
            Assert.That(seirProcess.ExposedCount + seirProcess.InfectiousCount, Is.Zero, "the outbreak ended");
            seir.Add(seirProcess.EverInfected / (double)Nodes);
            var sirRandom = new SimRandom((ulong)(500 + r));
            var sirProcess = new EpidemicProcess(graph, EpidemicModel.SIR, Transmission, Recovery, Seeding.Choose(graph, 10, SeedChoice.Random, sirRandom), sirRandom);
            sirProcess.RunToEnd(100_000);
            sir.Add(sirProcess.EverInfected / (double)Nodes);
        }

        // The final fraction fluctuates by about 1/sqrt(n) = 0.007 between runs; 0.02 on means of ten is over six standard errors.
        Assert.That(seir.Average(), Is.EqualTo(theory).Within(0.02), $"theory {theory:0.0000}");
        Assert.That(seir.Average(), Is.EqualTo(sir.Average()).Within(0.02), "SEIR's final size is SIR's");
    }

    [Test]
    public void TheIncubationDelaysAndLowersThePeak()
    {
        var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, MeanDegree, 7);
        var (seirPeak, seirPeakStep) = (0, 0);
        var (sirPeak, sirPeakStep) = (0, 0);
        var seirRandom = new SimRandom(8);
        var seir = new Seir(graph, Transmission, incubation: 0.1, Recovery, Seeding.Choose(graph, 50, SeedChoice.Random, seirRandom), seirRandom);
        var sirRandom = new SimRandom(8);
        var sir = new EpidemicProcess(graph, EpidemicModel.SIR, Transmission, Recovery, Seeding.Choose(graph, 50, SeedChoice.Random, sirRandom), sirRandom);
        for (var step = 1; step <= 400; step++)
        {
            seir.Step();
            sir.Step();
            if (seir.InfectiousCount > seirPeak) (seirPeak, seirPeakStep) = (seir.InfectiousCount, step);
            if (sir.InfectedCount > sirPeak) (sirPeak, sirPeakStep) = (sir.InfectedCount, step);
        }

        Assert.Multiple(() =>
        {
            Assert.That(seirPeakStep, Is.GreaterThan(sirPeakStep + 10), "ten days of incubation on average push the peak back");
            Assert.That(seirPeak, Is.LessThan(sirPeak), "and flatten it");
            Assert.That(seir.StateOf(0), Is.Not.EqualTo(Seir.Exposed).And.Not.EqualTo(Seir.Infectious), "over by step 400");
        });
    }

    [Test]
    public void WithoutTransmissionOnlyTheSeedsAreEverInfected()
    {
        var graph = ClassicGraphs.DirectedErdosRenyi(1000, MeanDegree, 9);
        var random = new SimRandom(10);
        var process = new Seir(graph, transmission: 0, incubation: 0.5, Recovery, [1, 2, 3], random);
        process.RunToEnd(1000);
        Assert.That(process.EverInfected, Is.EqualTo(3));
        Assert.That(new[] { 1, 2, 3 }.Select(process.StateOf), Is.All.EqualTo(Seir.Removed));
    }
}
