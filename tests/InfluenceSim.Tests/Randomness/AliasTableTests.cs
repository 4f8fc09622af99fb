using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Randomness;

public class AliasTableTests
{
    [Test]
    public void DrawsFollowTheWeights()
    {
        double[] weights = [1, 0, 5, 2.5, 0.5, 11];
        var table = new AliasTable(weights);
        var random = new SimRandom(8);
        const int draws = 200_000;
        var counts = new int[weights.Length];
        for (var i = 0; i < draws; i++) counts[table.Draw(random)]++;
        Assert.That(counts[1], Is.Zero, "a weight of zero is never drawn");
        var chiSquare = weights.Select((w, i) => (Weight: w, Count: counts[i])).Where(x => x.Weight > 0)
            .Sum(x => Math.Pow(x.Count - draws * x.Weight / weights.Sum(), 2) / (draws * x.Weight / weights.Sum()));
        // 99.9th percentile of chi-square with 4 degrees of freedom is 18.47.
        Assert.That(chiSquare, Is.LessThan(18.47));
    }

    [Test]
    public void RefusesWeightsThatCannotBeDrawn()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new AliasTable([0.0, 0.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new AliasTable([1.0, -1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new AliasTable([]));
    }
}
