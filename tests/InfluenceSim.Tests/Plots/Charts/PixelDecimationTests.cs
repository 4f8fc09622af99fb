using InfluenceSim.Plots.Charts;

namespace InfluenceSim.Tests.Plots.Charts;

public class PixelDecimationTests
{
    [Test]
    public void ALongLineKeepsItsEndsAndExtremesInFewPoints()
    {
        var points = Enumerable.Range(0, 10_000).Select(i => (X: i / 100.0, Y: Math.Sin(i / 37.0) * 50 + (i == 4321 ? 80 : 0))).ToList();
        var thin = PixelDecimation.Thin(points);
        Assert.Multiple(() =>
        {
            Assert.That(thin, Has.Count.LessThanOrEqualTo(4 * 100));
            Assert.That(thin[0], Is.EqualTo(points[0]));
            Assert.That(thin[^1], Is.EqualTo(points[^1]));
            Assert.That(thin.Max(p => p.Y), Is.EqualTo(points.Max(p => p.Y)), "the spike survives");
            Assert.That(thin.Min(p => p.Y), Is.EqualTo(points.Min(p => p.Y)));
            Assert.That(thin.Select(p => p.X), Is.Ordered);
        });
    }

    [Test]
    public void ALineWithFewerPointsThanPixelsIsLeftAlone()
    {
        var points = Enumerable.Range(0, 300).Select(i => (X: i * 2.0, Y: (double)(i % 7))).ToList();
        Assert.That(PixelDecimation.Thin(points), Is.EqualTo(points));
    }
}
