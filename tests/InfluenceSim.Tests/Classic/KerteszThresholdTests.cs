using InfluenceSim.Classic;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Classic;

/// <summary>
/// The Kertesz threshold model (Ruan et al. 2015): blocked nodes never adopt; any adoption rate above 0 makes every
/// other node adopt in the end; without it, a cascade reaches what it can without passing through a blocked node; and
/// with no blocked node and no spontaneous adoption it is Watts' linear threshold model.
/// </summary>
public class KerteszThresholdTests
{
    private const int Nodes = 3000;

    [Test]
    public void WithSpontaneousAdoptionEveryNodeButTheBlockedAdopts()
    {
        var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, 6, 31);
        var random = new SimRandom(32);
        var blocked = Seeding.Choose(graph, Nodes * 3 / 10, SeedChoice.Random, random);
        var model = new KerteszThreshold(graph, Thresholds(0.5), blocked, [], adoptionRate: 0.05, random);
        for (var step = 0; step < 400; step++) model.Step();
        Assert.Multiple(() =>
        {
            Assert.That(model.BlockedCount, Is.EqualTo(900));
            Assert.That(blocked.Where(model.HasAdopted), Is.Empty, "a blocked node never adopts");
            Assert.That(model.AdoptedCount, Is.EqualTo(Nodes - 900), "everyone else has");
        });
    }

    [Test]
    public void WithoutSpontaneousAdoptionACascadeStopsAtBlockedNodes()
    {
        var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, 2, 41);
        var random = new SimRandom(42);
        var blocked = Seeding.Choose(graph, Nodes / 4, SeedChoice.Random, random).ToHashSet();
        int[] seeds = [.. Enumerable.Range(0, Nodes).Where(v => !blocked.Contains(v)).Take(5)];
        var model = new KerteszThreshold(graph, Thresholds(0), blocked, seeds, adoptionRate: 0, random);
        for (var step = 0; step < Nodes; step++) model.Step();
        var reachable = ReachableAvoiding(graph, seeds, blocked);
        Assert.That(reachable.Count, Is.InRange(50, Nodes - blocked.Count - 1), "the blocked nodes stop part of the cascade, not all of it");
        Assert.That(Enumerable.Range(0, Nodes).Where(model.HasAdopted), Is.EquivalentTo(reachable),
            "with threshold 0 one adopting neighbour suffices: the adopters are those reachable from the seeds without passing a blocked node");
    }

    [Test]
    public void WithNothingBlockedAndNoSpontaneousAdoptionItIsTheLinearThresholdModel()
    {
        var graph = ClassicGraphs.DirectedErdosRenyi(Nodes, 8, 51);
        var thresholds = new double[Nodes];
        var draws = new SimRandom(52);
        for (var v = 0; v < Nodes; v++) thresholds[v] = 0.1 + 0.1 * draws.NextDouble();
        int[] seeds = [.. Enumerable.Range(0, 60)];
        var kertesz = new KerteszThreshold(graph, thresholds, [], seeds, adoptionRate: 0, new SimRandom(53));
        var watts = new LinearThreshold(graph, thresholds, seeds);
        for (var round = 0; round < 100; round++)
        {
            kertesz.Step();
            watts.Round();
        }

        Assert.That(watts.ActiveCount, Is.GreaterThan(60), "the cascade spread");
        Assert.That(Enumerable.Range(0, Nodes).Select(kertesz.HasAdopted), Is.EqualTo(Enumerable.Range(0, Nodes).Select(watts.IsActive)));
    }

    private static double[] Thresholds(double value) => Enumerable.Repeat(value, Nodes).ToArray();

    private static HashSet<int> ReachableAvoiding(CsrGraph graph, IEnumerable<int> seeds, HashSet<int> blocked)
    {
        var reached = new HashSet<int>(seeds);
        var queue = new Queue<int>(reached);
        while (queue.Count > 0)
        {
            foreach (var next in graph.Neighbours(queue.Dequeue()))
            {
                if (!blocked.Contains(next) && reached.Add(next)) queue.Enqueue(next);
            }
        }

        return reached;
    }
}
