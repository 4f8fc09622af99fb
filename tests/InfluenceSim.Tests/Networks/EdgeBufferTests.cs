using InfluenceSim.Networks;

namespace InfluenceSim.Tests.Networks;

public class EdgeBufferTests
{
    [Test]
    public void BuildsSortedRowsWithoutDuplicatesOrSelfLoops()
    {
        var edges = new EdgeBuffer(2);
        edges.Add(0, 3);
        edges.Add(0, 1);
        edges.Add(0, 3);
        edges.Add(2, 2);
        edges.Add(3, 0);
        edges.Add(0, 2);
        var graph = edges.Build(4);
        Assert.Multiple(() =>
        {
            Assert.That(graph.NodeCount, Is.EqualTo(4));
            Assert.That(graph.Neighbours(0).ToArray(), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(graph.Neighbours(1).ToArray(), Is.Empty);
            Assert.That(graph.Neighbours(2).ToArray(), Is.Empty);
            Assert.That(graph.Neighbours(3).ToArray(), Is.EqualTo(new[] { 0 }));
            Assert.That(graph.EdgeCount, Is.EqualTo(4));
            Assert.That(graph.HasEdge(0, 2), Is.True);
            Assert.That(graph.HasEdge(2, 0), Is.False);
        });
    }

    [Test]
    public void DegreesSumToTheEdgeCount()
    {
        var edges = new EdgeBuffer();
        for (var i = 0; i < 100; i++) edges.AddMutual(i, (i * 7 + 3) % 100);
        var graph = edges.Build(100);
        Assert.That(Enumerable.Range(0, 100).Sum(graph.Degree), Is.EqualTo(graph.EdgeCount));
    }
}
