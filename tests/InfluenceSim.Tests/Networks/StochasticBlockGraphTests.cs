using InfluenceSim.Networks;

namespace InfluenceSim.Tests.Networks;

/// <summary>The row-by-row network draw: each chunk's room in the shared array changes where rows are written, never the graph.</summary>
public class StochasticBlockGraphTests
{
    [Test]
    public void ChunksThatSpillPastTheirRoomGiveTheSameNetwork()
    {
        int[] blocks = [0, 40_000, 70_000];
        var mixing = NetworkGenerator.MixingMatrix(new NetworkParameters(NetworkModels.Sbm, 8, Homophily: 0.6), blocks, ["a", "b"]);
        var roomy = StochasticBlockGraph.Build(mixing, blocks, 8, 7, workers: 2);
        foreach (var room in new[] { 0.0, -3.0, -1e9 })
        {
            var tight = StochasticBlockGraph.Build(mixing, blocks, 8, 7, workers: 2, room);
            Assert.That(tight.EdgeCount, Is.EqualTo(roomy.EdgeCount), $"room {room}");
            for (var v = 0; v < roomy.NodeCount; v++)
            {
                if (!tight.Neighbours(v).SequenceEqual(roomy.Neighbours(v))) Assert.Fail($"row {v} differs with room {room}");
            }
        }
    }
}
