using InfluenceSim.Plots.Charts;

namespace InfluenceSim.Tests.Plots.Charts;

public class NiceScaleTests
{
    private static bool IsNice(double step)
    {
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        return new[] { 1.0, 2.0, 2.5, 5.0 }.Any(m => Math.Abs(mantissa - m) < 1e-9);
    }

    [TestCase(0, 1)]
    [TestCase(0, 72)]
    [TestCase(3.7, 981.2)]
    [TestCase(-12.5, 47)]
    [TestCase(0.0012, 0.0047)]
    [TestCase(-3e6, -1e6)]
    [TestCase(0, 9183.4)]
    public void TicksAreNiceNumbersCoveringTheData(double min, double max)
    {
        var scale = NiceScale.For(min, max);
        Assert.Multiple(() =>
        {
            Assert.That(IsNice(scale.Step), Is.True, $"step {scale.Step}");
            Assert.That(scale.Ticks[0], Is.LessThanOrEqualTo(min));
            Assert.That(scale.Ticks[^1], Is.GreaterThanOrEqualTo(max));
            Assert.That(scale.Ticks.Count, Is.InRange(3, 8));
            Assert.That(scale.Ticks.All(t => Math.Abs(t / scale.Step - Math.Round(t / scale.Step)) < 1e-6), Is.True, "ticks are multiples of the step");
        });
    }

    [Test]
    public void IncludingZeroStartsCountsAtZero()
    {
        var scale = NiceScale.For(1200, 4800, includeZero: true);
        Assert.That(scale.Min, Is.Zero);
        Assert.That(scale.Max, Is.EqualTo(5000));
    }

    [TestCase(0.0)]
    [TestCase(7.0)]
    [TestCase(-2.0)]
    public void AConstantRangeIsWidened(double value)
    {
        var scale = NiceScale.For(value, value);
        Assert.That(scale.Min, Is.LessThan(scale.Max));
        Assert.That(scale.Min, Is.LessThanOrEqualTo(value));
        Assert.That(scale.Max, Is.GreaterThanOrEqualTo(value));
    }

    [Test]
    public void NoDataGivesTheUnitRange()
    {
        var scale = NiceScale.For(double.NaN, double.NaN);
        Assert.That((scale.Min, scale.Max), Is.EqualTo((0.0, 1.0)));
    }

    [TestCase(1, 72, 0, 72, 12)]
    [TestCase(1, 336, 0, 14, 2)]
    [TestCase(1, 168, 0, 7, 1)]
    [TestCase(24, 30, 0, 30, 7)]
    public void TimeAxesTickInHoursAndDays(double stepHours, int steps, double min, double max, double step)
    {
        var scale = new TimeAxis(stepHours, steps).Scale(steps);
        Assert.That(scale.Min, Is.EqualTo(min));
        Assert.That(scale.Step, Is.EqualTo(step));
        Assert.That(scale.Max, Is.GreaterThanOrEqualTo(max).And.LessThan(max + step));
    }

    [TestCase(0, 1000, 30000, "0")]
    [TestCase(25000, 5000, 30000, "25k")]
    [TestCase(1500000, 500000, 3000000, "1.5M")]
    [TestCase(0.25, 0.05, 1, "0.25")]
    [TestCase(0, 0.1, 0.4, "0.0")]
    [TestCase(7.5, 2.5, 10, "7.5")]
    [TestCase(8000, 2000, 10000, "8k")]
    public void TickLabelsUseOneUnitPerAxis(double value, double step, double axisMax, string expected) =>
        Assert.That(NumberFormat.Tick(value, step, axisMax), Is.EqualTo(expected));
}
