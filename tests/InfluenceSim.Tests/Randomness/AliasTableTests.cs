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
    public void DrawingManyAtOnceGivesWhatDrawingOneByOneGives([Values(0, 1, 31, 32, 33, 1000)] int count)
    {
        var weights = Enumerable.Range(0, 100_000).Select(i => 1.0 + i % 13 + (i % 5 == 0 ? 40 : 0)).ToArray();
        var table = new AliasTable(weights);
        var (oneByOne, many) = (new SimRandom(11), new SimRandom(11));
        var expected = Enumerable.Range(0, count).Select(_ => table.Draw(oneByOne)).ToArray();
        var drawn = new int[count];
        table.Draw(many, drawn);
        Assert.That(drawn, Is.EqualTo(expected));
        Assert.That(many.Next(1 << 30), Is.EqualTo(oneByOne.Next(1 << 30)), "the generator is left where one-by-one draws leave it");
    }

    [Test]
    public void RefusesWeightsThatCannotBeDrawn()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new AliasTable([0.0, 0.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new AliasTable([1.0, -1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new AliasTable([]));
    }

    [Test]
    public void BuildingInTheWeightsOwnArrayDrawsAsACopyDoes()
    {
        var weights = Enumerable.Range(0, 5_000).Select(i => (double)(i % 97) + (i % 7 == 0 ? 0 : 0.25)).ToArray();
        var untouched = weights.ToArray();
        var copied = new AliasTable(weights);
        Assert.That(weights, Is.EqualTo(untouched), "the public constructor leaves the caller's weights alone");
        var inPlace = AliasTable.TakingOver(weights);
        var copiedRandom = new SimRandom(3);
        var inPlaceRandom = new SimRandom(3);
        var draws = Enumerable.Range(0, 10_000).Select(_ => (InPlace: inPlace.Draw(inPlaceRandom), Copied: copied.Draw(copiedRandom))).ToArray();
        Assert.That(draws.Select(d => d.InPlace), Is.EqualTo(draws.Select(d => d.Copied)));
    }

    [Test]
    public void ATableBuiltOnManyThreadsDrawsAsOneBuiltOnOne([Values(2, 3, 8)] int threads)
    {
        // Over four ranges of the parallel build, with long runs of small and of large columns.
        double[] Weights() => [.. Enumerable.Range(0, 300_000).Select(i => i % 70_000 < 20_000 ? 0.25 : 1.0 + i % 13)];
        var one = AliasTable.TakingOver(Weights(), workers: 1);
        var many = AliasTable.TakingOver(Weights(), threads);
        var (oneRandom, manyRandom) = (new SimRandom(5), new SimRandom(5));
        var (fromOne, fromMany) = (new int[100_000], new int[100_000]);
        one.Draw(oneRandom, fromOne);
        many.Draw(manyRandom, fromMany);
        Assert.That(fromMany, Is.EqualTo(fromOne));

        var weights = Weights();
        var total = weights.Sum();
        Assert.That(many.Distribution(), Is.EqualTo(weights.Select(w => w / total)).Within(1e-12), "every index as likely as its weight says");
    }
}
