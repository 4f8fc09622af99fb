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
        Assert.That(stats.Ci95Low, Is.Null);
        Assert.That(stats.Ci95High, Is.Null);
    }

    [Test]
    public void TheIntervalOfAQuantityThatCannotBeNegativeStopsAtZero()
    {
        var unclipped = SummaryStatistics.Of([0, 0, 0, 1]);
        var clipped = SummaryStatistics.Of([0, 0, 0, 1], minimum: 0);
        Assert.That(unclipped.Ci95Low, Is.LessThan(0), "Student's t reaches below zero here");
        Assert.That(clipped.Ci95Low, Is.EqualTo(0));
        Assert.That(clipped.Ci95High, Is.EqualTo(unclipped.Ci95High));
        Assert.That(SummaryStatistics.Of([0.9, 1, 1, 1], 0, 1).Ci95High, Is.EqualTo(1), "a share stops at 1");
    }

    [Test]
    public void ItRoundTripsThroughJson()
    {
        var stats = SummaryStatistics.Of([1, 2, 4]);
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(stats);
        Assert.That(json, Does.Contain("\"ci95\":[").And.Contain("\"range95\":["));
        var back = Newtonsoft.Json.JsonConvert.DeserializeObject<SummaryStatistics>(json)!;
        Assert.That((back.Count, back.Mean, back.StandardDeviation, back.Ci95Low, back.Ci95High, back.Range95Low, back.Range95High),
            Is.EqualTo((stats.Count, stats.Mean, stats.StandardDeviation, stats.Ci95Low, stats.Ci95High, stats.Range95Low, stats.Range95High)));
    }
}
