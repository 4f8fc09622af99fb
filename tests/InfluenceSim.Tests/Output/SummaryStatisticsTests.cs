using InfluenceSim.Output;

namespace InfluenceSim.Tests.Output;

public class SummaryStatisticsTests
{
    [Test]
    public void MatchesValuesWorkedOutByHand()
    {
        var stats = SummaryStatistics.Of([1, 2, 3, 4, 5]);
        // sd = sqrt(2.5); t(0.975, 4) = 2.776445; half-width = 2.776445 * 1.581139 / sqrt(5) = 1.963243.
        Assert.Multiple(() =>
        {
            Assert.That(stats.Mean, Is.EqualTo(3));
            Assert.That(stats.StandardDeviation, Is.EqualTo(Math.Sqrt(2.5)).Within(1e-12));
            Assert.That(stats.Ci95Low, Is.EqualTo(3 - 1.963243).Within(1e-5));
            Assert.That(stats.Ci95High, Is.EqualTo(3 + 1.963243).Within(1e-5));
            Assert.That(stats.Range95Low, Is.EqualTo(1.1).Within(1e-12), "R-7 quantile: 1 + 0.025 * 4");
            Assert.That(stats.Range95High, Is.EqualTo(4.9).Within(1e-12));
        });
    }

    [Test]
    public void ASingleReplicateHasNoSpreadOrInterval()
    {
        var stats = SummaryStatistics.Of([7]);
        Assert.That(stats.Mean, Is.EqualTo(7));
        Assert.That(stats.StandardDeviation, Is.Null);
        Assert.That(stats.ToJson()["ci95"]!.Type, Is.EqualTo(Newtonsoft.Json.Linq.JTokenType.Null));
    }
}
