using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Randomness;

public class SimRandomTests
{
    [Test]
    public void SameSeedGivesTheSameThousandDraws()
    {
        var a = new SimRandom(123);
        var b = new SimRandom(123);
        for (var i = 0; i < 1000; i++) Assert.That(a.NextUInt64(), Is.EqualTo(b.NextUInt64()));
    }

    [Test]
    public void DifferentSeedsAndStreamsDiffer()
    {
        Assert.That(new SimRandom(1).NextUInt64(), Is.Not.EqualTo(new SimRandom(2).NextUInt64()));
        var seeds = Enumerable.Range(0, 1000).Select(r => SimRandom.DeriveSeed(99, (ulong)r)).ToHashSet();
        Assert.That(seeds, Has.Count.EqualTo(1000));
        Assert.That(SimRandom.DeriveSeed(99, 1, 2), Is.Not.EqualTo(SimRandom.DeriveSeed(99, 2, 1)));
    }

    [Test]
    public void NextDoubleIsInTheUnitIntervalWithMeanOneHalf()
    {
        var random = new SimRandom(7);
        var values = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToArray();
        Assert.That(values, Has.All.GreaterThanOrEqualTo(0.0).And.All.LessThan(1.0));
        // Standard error of the mean of U(0,1) over 1e5 draws is 0.00091; allow 5 of them.
        Assert.That(values.Average(), Is.EqualTo(0.5).Within(0.0046));
    }

    [Test]
    public void NextBelowIsUniformByChiSquare()
    {
        var random = new SimRandom(11);
        const int bins = 10;
        const int draws = 100_000;
        var counts = new int[bins];
        for (var i = 0; i < draws; i++) counts[random.Next(bins)]++;
        var expected = draws / (double)bins;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        // 99.9th percentile of chi-square with 9 degrees of freedom is 27.88.
        Assert.That(chiSquare, Is.LessThan(27.88));
    }

    [TestCase(0.5)]
    [TestCase(0.05)]
    [TestCase(0.001)]
    public void SkipToNextSuccessIsGeometric(double p)
    {
        var random = new SimRandom(3);
        const int draws = 200_000;
        var mean = Enumerable.Range(0, draws).Average(_ => (double)random.SkipToNextSuccess(p));
        var expected = (1 - p) / p;
        var standardError = Math.Sqrt((1 - p) / (p * p) / draws);
        Assert.That(mean, Is.EqualTo(expected).Within(5 * standardError));
    }

    [Test]
    public void SkipToNextSuccessHandlesCertaintyAndImpossibility()
    {
        var random = new SimRandom(3);
        Assert.That(random.SkipToNextSuccess(1.0), Is.Zero);
        Assert.That(random.SkipToNextSuccess(0.0), Is.EqualTo(int.MaxValue));
    }

    [Test]
    public void FromCumulativeFollowsTheWeights()
    {
        var random = new SimRandom(5);
        double[] cumulative = [0.2, 0.5, 1.0];
        var counts = new int[3];
        for (var i = 0; i < 100_000; i++) counts[random.FromCumulative(cumulative)]++;
        Assert.That(counts[0] / 100_000.0, Is.EqualTo(0.2).Within(0.007));
        Assert.That(counts[1] / 100_000.0, Is.EqualTo(0.3).Within(0.007));
        Assert.That(counts[2] / 100_000.0, Is.EqualTo(0.5).Within(0.007));
    }

    [Test]
    public void NextStandardNormalMatchesTheNormalDistributionByKolmogorovSmirnov()
    {
        var random = new SimRandom(21);
        var draws = Enumerable.Range(0, 20_000).Select(_ => random.NextStandardNormal()).Order().ToArray();
        var largestGap = draws.Select((x, i) => Math.Max(
            Math.Abs(MathNet.Numerics.Distributions.Normal.CDF(0, 1, x) - i / (double)draws.Length),
            Math.Abs(MathNet.Numerics.Distributions.Normal.CDF(0, 1, x) - (i + 1) / (double)draws.Length))).Max();
        Assert.That(largestGap, Is.LessThan(1.63 / Math.Sqrt(draws.Length)), "below the 1% critical value of the one-sample test");
    }
}
