using InfluenceSim.Metrics;
using InfluenceSim.Runs;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Metrics;

public class SeriesRecordingTests
{
    [Test]
    public void FlowsArePerStepAndStocksAreStates()
    {
        var scenario = TestScenarios.Certain();
        scenario["platforms"]![0]!["feed"]!["size"] = 200;
        var model = TestScenarios.Model(scenario);
        var recording = ReplicateRunner.Run(model, 0);
        var impressions = model.Layout.IndexOf(new SeriesKey(MetricCatalogue.Impressions, 0));
        var believers = model.Layout.IndexOf(new SeriesKey(MetricCatalogue.Believers, 0));
        Assert.Multiple(() =>
        {
            Assert.That(recording.StepsRecorded, Is.EqualTo(model.Steps + 1), "step 0 and every step");
            Assert.That(recording.ValueAt(0, impressions), Is.Zero);
            Assert.That(recording.ValueAt(1, impressions), Is.Zero, "nothing is readable in the first step");
            Assert.That(recording.ValueAt(2, impressions), Is.EqualTo(1000), "200 readers x 5 items");
            Assert.That(recording.ValueAt(3, impressions), Is.EqualTo(1000));
            Assert.That(recording.CumulativeAt(3, impressions), Is.EqualTo(2000));
            Assert.That(recording.ValueAt(2, believers), Is.EqualTo(200));
            Assert.That(recording.ValueAt(3, believers), Is.EqualTo(200), "a stock is not differenced");
        });
    }

    [Test]
    public void SegmentPlatformAndLanguageSeriesAddUpToTheTotal()
    {
        var model = TestScenarios.Model(Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(TestScenarios.ShippedScenario("quickstart.json"))),
            new(Steps: 24, Replicates: 1));
        var recording = ReplicateRunner.Run(model, 0);
        var layout = model.Layout;
        foreach (var metric in new[] { MetricCatalogue.Impressions, MetricCatalogue.Exposures })
        {
            var total = recording.Final(new SeriesKey(metric, 0));
            Assert.That(total, Is.GreaterThan(0));
            Assert.That(Enumerable.Range(0, layout.Segments.Count).Sum(s => recording.Final(new SeriesKey(metric, 0, Segment: s))), Is.EqualTo(total));
            Assert.That(Enumerable.Range(0, layout.Platforms.Count).Sum(p => recording.Final(new SeriesKey(metric, 0, Platform: p))), Is.EqualTo(total));
            Assert.That(Enumerable.Range(0, layout.Languages.Count).Sum(l => recording.Final(new SeriesKey(metric, 0, Language: l))), Is.EqualTo(total));
        }
    }

    [Test]
    public void ASeriesTheRunDoesNotRecordIsRefused()
    {
        var model = TestScenarios.Model(TestScenarios.Certain());
        var recording = ReplicateRunner.Run(model, 0);
        Assert.That(model.Layout.HasModeration, Is.False);
        Assert.Throws<ArgumentException>(() => recording.Final(new SeriesKey(MetricCatalogue.Flagged)));
    }
}
