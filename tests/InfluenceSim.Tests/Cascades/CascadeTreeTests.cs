using InfluenceSim.Cascades;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Cascades;

public class CascadeTreeTests
{
    private static (int Depth, int MaxBreadth, double Virality) Shape(int[] parents) => CascadeTree.Shape(parents, new int[parents.Length]);

    [Test]
    public void ALonePostHasNoDepthAndNoVirality() =>
        Assert.That(Shape([-1]), Is.EqualTo((0, 1, 0.0)));

    [TestCase(2)]
    [TestCase(5)]
    [TestCase(100)]
    public void AStarOfNNodesHasViralityTwoTimesNMinusOneOverN(int n)
    {
        // Every leaf is 1 from the centre and 2 from every other leaf: W = (n - 1) + 2 (n - 1)(n - 2) / 2 = (n - 1)^2.
        var star = Enumerable.Range(0, n).Select(i => i == 0 ? -1 : 0).ToArray();
        var (depth, breadth, virality) = Shape(star);
        Assert.Multiple(() =>
        {
            Assert.That(depth, Is.EqualTo(1));
            Assert.That(breadth, Is.EqualTo(n - 1));
            Assert.That(virality, Is.EqualTo(2.0 * (n - 1) / n).Within(1e-12));
        });
    }

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(50)]
    public void AChainOfNNodesHasViralityNPlusOneOverThree(int n)
    {
        var chain = Enumerable.Range(0, n).Select(i => i - 1).ToArray();
        var (depth, breadth, virality) = Shape(chain);
        Assert.Multiple(() =>
        {
            Assert.That(depth, Is.EqualTo(n - 1));
            Assert.That(breadth, Is.EqualTo(1));
            Assert.That(virality, Is.EqualTo((n + 1) / 3.0).Within(1e-12));
        });
    }

    [Test]
    public void ACompleteBinaryTreeOfSevenNodes()
    {
        // Edges to the two subtrees of 3 cut 3 x 4 pairs each, edges to the four leaves 1 x 6 each: W = 24 + 24 = 48,
        // and the mean over 7 x 6 / 2 = 21 pairs is 48 / 21 = 16 / 7.
        var (depth, breadth, virality) = Shape([-1, 0, 0, 1, 1, 2, 2]);
        Assert.Multiple(() =>
        {
            Assert.That(depth, Is.EqualTo(2));
            Assert.That(breadth, Is.EqualTo(4));
            Assert.That(virality, Is.EqualTo(16.0 / 7).Within(1e-12));
        });
    }

    [Test]
    public void ViralityIsTheMeanDistanceOverAllPairsOnRandomTrees()
    {
        var random = new SimRandom(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = 2 + random.Next(60);
            var parents = Enumerable.Range(0, n).Select(i => i == 0 ? -1 : random.Next(i)).ToArray();
            Assert.That(Shape(parents).Virality, Is.EqualTo(BruteForceMeanDistance(parents)).Within(1e-9), $"tree {string.Join(',', parents)}");
        }
    }

    [Test]
    public void AParentAfterItsChildIsRefused() =>
        Assert.Throws<ArgumentException>(() => Shape([-1, 2, 0]));

    /// <summary>Breadth-first search from every node over the undirected tree.</summary>
    private static double BruteForceMeanDistance(int[] parents)
    {
        var n = parents.Length;
        var neighbours = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var i = 1; i < n; i++)
        {
            neighbours[i].Add(parents[i]);
            neighbours[parents[i]].Add(i);
        }

        double total = 0;
        for (var source = 0; source < n; source++)
        {
            var distance = Enumerable.Repeat(-1, n).ToArray();
            distance[source] = 0;
            var queue = new Queue<int>([source]);
            while (queue.TryDequeue(out var node))
            {
                foreach (var next in neighbours[node].Where(m => distance[m] < 0))
                {
                    distance[next] = distance[node] + 1;
                    queue.Enqueue(next);
                }
            }

            total += distance.Sum();
        }

        return total / (n * (n - 1.0));
    }
}
