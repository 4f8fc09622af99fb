using InfluenceSim.Output;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Output;

public class MetricsRecorderTests
{
    [Test]
    public void FlowsArePerStepAndStocksAreStates()
    {
        var scenario = TestScenarios.Certain();
        scenario["platforms"]![0]!["feed"]!["size"] = 200;
        var model = TestScenarios.Model(scenario);
        var recorder = new MetricsRecorder(model, 0);
        ExperimentRunner.RunReplicate(model, 0, recorder);
        var impressions = recorder.IndexOf(new SeriesKey(Metrics.Impressions, 0, -1, -1));
        var believers = recorder.IndexOf(new SeriesKey(Metrics.Believers, 0, -1, -1));
        Assert.Multiple(() =>
        {
            Assert.That(recorder.StepsRecorded, Is.EqualTo(model.Steps + 1), "step 0 and every step");
            Assert.That(recorder.ValueAt(0, impressions), Is.Zero);
            Assert.That(recorder.ValueAt(1, impressions), Is.Zero, "nothing is readable in the first step");
            Assert.That(recorder.ValueAt(2, impressions), Is.EqualTo(1000), "200 readers x 5 items");
            Assert.That(recorder.ValueAt(3, impressions), Is.EqualTo(1000));
            Assert.That(recorder.CumulativeAt(3, impressions), Is.EqualTo(2000));
            Assert.That(recorder.ValueAt(2, believers), Is.EqualTo(200));
            Assert.That(recorder.ValueAt(3, believers), Is.EqualTo(200), "a stock is not differenced");
        });
    }

    [Test]
    public void SegmentAndPlatformSeriesAddUpToTheTotal()
    {
        var model = TestScenarios.Model(Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(TestScenarios.ShippedScenario("quickstart.json"))),
            new(Steps: 24, Replicates: 1));
        var recorder = new MetricsRecorder(model, 0);
        ExperimentRunner.RunReplicate(model, 0, recorder);
        var step = model.Steps;
        foreach (var metric in new[] { Metrics.Impressions, Metrics.Exposures })
        {
            var total = recorder.CumulativeAt(step, recorder.IndexOf(new SeriesKey(metric, 0, -1, -1)));
            var bySegment = Enumerable.Range(0, model.SegmentIds.Length).Sum(s => recorder.CumulativeAt(step, recorder.IndexOf(new SeriesKey(metric, 0, s, -1))));
            var byPlatform = Enumerable.Range(0, model.PlatformIds.Length).Sum(p => recorder.CumulativeAt(step, recorder.IndexOf(new SeriesKey(metric, 0, -1, p))));
            Assert.That(total, Is.GreaterThan(0));
            Assert.That(bySegment, Is.EqualTo(total));
            Assert.That(byPlatform, Is.EqualTo(total));
        }
    }
}
