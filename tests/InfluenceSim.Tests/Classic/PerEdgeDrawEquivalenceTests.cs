using InfluenceSim.Classic;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Classic;

/// <summary>
/// The geometric skips draw the same process as one Bernoulli draw per edge (the method they replaced, written out
/// here as the reference): near the epidemic threshold, where final sizes and durations spread widest, the two
/// methods' distributions of both agree by a two-sample Kolmogorov-Smirnov test at the 0.001 level.
/// </summary>
public class PerEdgeDrawEquivalenceTests
{
    private const int Runs = 600;

    // Critical value of the two-sample KS statistic at alpha = 0.001 for two samples of 600: 1.95 sqrt(2 / 600).
    private static readonly double Critical = 1.95 * Math.Sqrt(2.0 / Runs);

    [Test]
    public void SirFinalSizesAndDurationsMatchPerEdgeDraws()
    {
        const double transmission = 0.15;
        const double recovery = 0.3; // T = 0.37, c T = 1.11: just above the threshold
        var graph = ClassicGraphs.DirectedErdosRenyi(2_000, 3, 21);
        var skipping = new SimRandom(22);
        var skipped = Enumerable.Range(0, Runs).Select(_ =>
        {
            var process = new EpidemicProcess(graph, EpidemicModel.SIR, transmission, recovery, [skipping.Next(2_000)], skipping);
            process.RunToEnd(10_000);
            return (Size: (double)process.EverInfected, Steps: (double)process.StepsRun);
        }).ToArray();
        var perEdge = new SimRandom(23);
        var reference = Enumerable.Range(0, Runs).Select(_ => PerEdgeSir(graph, transmission, recovery, perEdge.Next(2_000), perEdge)).ToArray();

        Assert.That(KolmogorovSmirnov(skipped.Select(r => r.Size), reference.Select(r => r.Size)), Is.LessThan(Critical), "final sizes");
        Assert.That(KolmogorovSmirnov(skipped.Select(r => r.Steps), reference.Select(r => r.Steps)), Is.LessThan(Critical), "durations");
        Assert.That(skipped.Count(r => r.Size > 200), Is.InRange(Runs / 20, Runs - Runs / 20), "both small and large outbreaks occur, so the test has power");
    }

    [Test]
    public void CascadeFinalSizesAndRoundsMatchPerEdgeDraws()
    {
        const double probability = 0.4; // c p = 1.2
        var graph = ClassicGraphs.DirectedErdosRenyi(2_000, 3, 31);
        var skipping = new SimRandom(32);
        var skipped = Enumerable.Range(0, Runs).Select(_ =>
        {
            var cascade = new IndependentCascade(graph, probability, [skipping.Next(2_000)], skipping);
            cascade.RunToEnd(10_000);
            return (Size: (double)cascade.ActiveCount, Rounds: (double)cascade.RoundsRun);
        }).ToArray();
        var perEdge = new SimRandom(33);
        var reference = Enumerable.Range(0, Runs).Select(_ => PerEdgeCascade(graph, probability, perEdge.Next(2_000), perEdge)).ToArray();

        Assert.That(KolmogorovSmirnov(skipped.Select(r => r.Size), reference.Select(r => r.Size)), Is.LessThan(Critical), "final sizes");
        Assert.That(KolmogorovSmirnov(skipped.Select(r => r.Rounds), reference.Select(r => r.Rounds)), Is.LessThan(Critical), "rounds");
    }

    [Test]
    public void TheTestTellsDifferentProcessesApart()
    {
        var graph = ClassicGraphs.DirectedErdosRenyi(2_000, 3, 31);
        var random = new SimRandom(34);
        var lower = Enumerable.Range(0, Runs).Select(_ => PerEdgeCascade(graph, 0.4, random.Next(2_000), random).Size);
        var higher = Enumerable.Range(0, Runs).Select(_ => PerEdgeCascade(graph, 0.45, random.Next(2_000), random).Size);
        Assert.That(KolmogorovSmirnov(lower, higher), Is.GreaterThan(Critical), "p = 0.4 against 0.45");
    }

    /// <summary>SIR as it was: every infected node tries every out-edge each step, then may recover.</summary>
    private static (double Size, double Steps) PerEdgeSir(CsrGraph graph, double transmission, double recovery, int seed, SimRandom random)
    {
        var state = new byte[graph.NodeCount];
        var infected = new List<int> { seed };
        state[seed] = 1;
        var everInfected = 1;
        var steps = 0;
        while (infected.Count > 0)
        {
            var next = new List<int>();
            foreach (var node in infected)
            {
                foreach (var neighbour in graph.Neighbours(node))
                {
                    if (state[neighbour] != 0 || !random.Bernoulli(transmission)) continue;
                    state[neighbour] = 1;
                    next.Add(neighbour);
                }
            }

            everInfected += next.Count;
            foreach (var node in infected)
            {
                if (random.Bernoulli(recovery)) state[node] = 2;
                else next.Add(node);
            }

            infected = next;
            steps++;
        }

        return (everInfected, steps);
    }

    /// <summary>The cascade as it was: each newly active node tries every out-edge once.</summary>
    private static (double Size, double Rounds) PerEdgeCascade(CsrGraph graph, double probability, int seed, SimRandom random)
    {
        var active = new bool[graph.NodeCount];
        active[seed] = true;
        var frontier = new List<int> { seed };
        var size = 1;
        var rounds = 0;
        while (frontier.Count > 0)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var neighbour in graph.Neighbours(node))
                {
                    if (active[neighbour] || !random.Bernoulli(probability)) continue;
                    active[neighbour] = true;
                    next.Add(neighbour);
                }
            }

            size += next.Count;
            frontier = next;
            rounds++;
        }

        return (size, rounds);
    }

    /// <summary>The largest distance between the two samples' empirical distribution functions.</summary>
    private static double KolmogorovSmirnov(IEnumerable<double> first, IEnumerable<double> second)
    {
        var a = first.Order().ToArray();
        var b = second.Order().ToArray();
        double largest = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var value = Math.Min(a[i], b[j]);
            while (i < a.Length && a[i] == value) i++;
            while (j < b.Length && b[j] == value) j++;
            largest = Math.Max(largest, Math.Abs((double)i / a.Length - (double)j / b.Length));
        }

        return largest;
    }
}
