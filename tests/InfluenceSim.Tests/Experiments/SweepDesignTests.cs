using InfluenceSim.Experiments;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Experiments;

public class SweepDesignTests
{
    private static SweepSpec Spec(string design, int samples, params SweepParameterSpec[] parameters) =>
        new() { Name = "s", Scenario = "x.json", Design = new SweepDesignSpec { Type = design, Samples = samples }, Parameters = [.. parameters] };

    [Test]
    public void FactorialCoversEveryCombinationOnce()
    {
        var spec = Spec(SweepDesigns.Factorial, 0,
            new SweepParameterSpec { Path = "a", Values = [new JValue(1), new JValue(2), new JValue(3)] },
            new SweepParameterSpec { Path = "b", Range = [0, 1], Steps = 5 },
            new SweepParameterSpec { Path = "c", Values = [new JValue("x"), new JValue("y")] });
        var points = SweepDesign.Points(spec, 1);
        Assert.Multiple(() =>
        {
            Assert.That(points, Has.Count.EqualTo(3 * 5 * 2));
            Assert.That(points.Select(p => string.Join("|", p.Values)).Distinct().Count(), Is.EqualTo(30));
            Assert.That(points.Select(p => p.Index), Is.EqualTo(Enumerable.Range(0, 30)));
            Assert.That(points[1].Values[2].Value<string>(), Is.EqualTo("y"), "the last parameter varies fastest");
            Assert.That(points.Select(p => p.Values[1].Value<double>()).Distinct().Order(), Is.EqualTo(new[] { 0, 0.25, 0.5, 0.75, 1.0 }));
        });
    }

    [Test]
    public void LatinHypercubeHitsEveryStratumOfEveryParameterOnce()
    {
        const int samples = 17;
        var spec = Spec(SweepDesigns.LatinHypercube, samples,
            new SweepParameterSpec { Path = "a", Range = [0, 1] },
            new SweepParameterSpec { Path = "b", Range = [10, 50] },
            new SweepParameterSpec { Path = "c", Range = [-3, -1] });
        var points = SweepDesign.Points(spec, 42);
        Assert.That(points, Has.Count.EqualTo(samples));
        for (var p = 0; p < spec.Parameters.Count; p++)
        {
            var (low, high) = (spec.Parameters[p].Range![0], spec.Parameters[p].Range![1]);
            var strata = points.Select(point => (int)Math.Floor((point.Values[p].Value<double>() - low) / (high - low) * samples)).Order();
            Assert.That(strata, Is.EqualTo(Enumerable.Range(0, samples)), spec.Parameters[p].Path);
        }
    }

    [Test]
    public void LatinHypercubeIsReproducibleFromItsSeed()
    {
        var spec = Spec(SweepDesigns.LatinHypercube, 8, new SweepParameterSpec { Path = "a", Range = [0, 1] }, new SweepParameterSpec { Path = "b", Range = [0, 1] });
        string Design(ulong seed) => string.Join(";", SweepDesign.Points(spec, seed).Select(p => string.Join(",", p.Values)));
        Assert.That(Design(5), Is.EqualTo(Design(5)));
        Assert.That(Design(5), Is.Not.EqualTo(Design(6)));
    }

    [Test]
    public void ThePointCountIsKnownBeforeThePointsAreBuilt()
    {
        SweepParameterSpec Levels(int steps) => new() { Path = "steps", Range = [0, 1], Steps = steps };
        var factorial = new SweepSpec { Parameters = [Levels(1000), Levels(1000), Levels(1000)] };
        var huge = new SweepSpec { Parameters = [Levels(int.MaxValue), Levels(int.MaxValue), Levels(int.MaxValue)] };
        var latin = new SweepSpec { Design = new SweepDesignSpec { Type = SweepDesigns.LatinHypercube, Samples = 7 }, Parameters = [Levels(2)] };
        Assert.Multiple(() =>
        {
            Assert.That(SweepDesign.PointCount(factorial), Is.EqualTo(1_000_000_000L));
            Assert.That(SweepDesign.PointCount(huge), Is.EqualTo(long.MaxValue), "saturates instead of overflowing");
            Assert.That(SweepDesign.PointCount(latin), Is.EqualTo(7));
        });
    }
}
