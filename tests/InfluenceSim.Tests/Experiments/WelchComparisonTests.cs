using InfluenceSim.Experiments;

namespace InfluenceSim.Tests.Experiments;

public class WelchComparisonTests
{
    [Test]
    public void MatchesValuesComputedByHand()
    {
        // Means 3 and 6, variances 2.5 and 10: se = sqrt(2.5/5 + 10/5) = 1.581139; t = -3 / se = -1.897367;
        // Welch-Satterthwaite df = 2.5^2 / (0.5^2/4 + 2^2/4) = 5.882353; two-sided p = 0.107531 and t(0.975, df) = 2.458824,
        // both by numerical integration of Student's density (independently of MathNet).
        var result = WelchComparison.Of([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
        Assert.Multiple(() =>
        {
            Assert.That(result.Difference, Is.EqualTo(-3).Within(1e-12));
            Assert.That(result.T, Is.EqualTo(-1.897367).Within(1e-6));
            Assert.That(result.DegreesOfFreedom, Is.EqualTo(5.882353).Within(1e-6));
            Assert.That(result.PValue, Is.EqualTo(0.107531).Within(1e-5));
            Assert.That(result.DifferenceLow, Is.EqualTo(-6.887742).Within(1e-5));
            Assert.That(result.DifferenceHigh, Is.EqualTo(0.887742).Within(1e-5));
            Assert.That(result.RelativeChange, Is.EqualTo(-0.5).Within(1e-12), "(3 - 6) / 6: half as much");
            Assert.That(result.RelativeChangeLow, Is.EqualTo(-6.887742 / 6).Within(1e-6));
            Assert.That(result.RelativeChangeHigh, Is.EqualTo(0.887742 / 6).Within(1e-6));
        });
    }

    [Test]
    public void IdenticalConstantSamplesDoNotDiffer()
    {
        var result = WelchComparison.Of([4, 4, 4], [4, 4, 4]);
        Assert.That(result.PValue, Is.EqualTo(1));
        Assert.That(result.Difference, Is.Zero);
    }

    [Test]
    public void AZeroBaselineHasNoRelativeChange() =>
        Assert.That(WelchComparison.Of([1, 2, 3], [0, 0, 0]).RelativeChange, Is.Null);

    [Test]
    public void OneReplicateIsNotEnough() =>
        Assert.Throws<ArgumentException>(() => WelchComparison.Of([1], [1, 2]));
}
