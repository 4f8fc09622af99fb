using InfluenceSim.Experiments;

namespace InfluenceSim.Tests.Experiments;

public class MeanDifferenceTests
{
    [Test]
    public void MatchesValuesComputedByHand()
    {
        // Means 3 and 6, variances 2.5 and 10: se = sqrt(2.5/5 + 10/5) = 1.581139; t = -3 / se = -1.897367;
        // Welch-Satterthwaite df = 2.5^2 / (0.5^2/4 + 2^2/4) = 5.882353; two-sided p = 0.107531 and t(0.975, df) = 2.458824,
        // both by numerical integration of Student's density (independently of MathNet).
        var result = MeanDifference.Welch([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
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
        var result = MeanDifference.Welch([4, 4, 4], [4, 4, 4]);
        Assert.That(result.PValue, Is.EqualTo(1));
        Assert.That(result.Difference, Is.Zero);
    }

    [Test]
    public void AZeroBaselineHasNoRelativeChange() =>
        Assert.That(MeanDifference.Welch([1, 2, 3], [0, 0, 0]).RelativeChange, Is.Null);

    [Test]
    public void OneReplicateIsNotEnough() =>
        Assert.Throws<ArgumentException>(() => MeanDifference.Welch([1], [1, 2]));

    [Test]
    public void PairedComparisonUsesTheReplicatesDifferences()
    {
        // Differences -1..-5: mean -3, sd sqrt(2.5), se sqrt(2.5 / 5) = 0.707107, t = -4.242641 on 4 degrees of freedom,
        // t(0.975, 4) = 2.776445 (tables), so the interval is -3 -/+ 1.963243.
        var result = MeanDifference.Paired([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
        Assert.Multiple(() =>
        {
            Assert.That(result.IsPaired, Is.True);
            Assert.That(result.Difference, Is.EqualTo(-3).Within(1e-12));
            Assert.That(result.T, Is.EqualTo(-4.242641).Within(1e-6));
            Assert.That(result.DegreesOfFreedom, Is.EqualTo(4));
            Assert.That(result.DifferenceLow, Is.EqualTo(-4.963243).Within(1e-5));
            Assert.That(result.DifferenceHigh, Is.EqualTo(-1.036757).Within(1e-5));
            Assert.That(result.PValue, Is.InRange(0.01, 0.02));
        });
    }

    [Test]
    public void PairingNarrowsTheIntervalWhenReplicatesMoveTogether()
    {
        double[] baseline = [10, 20, 30, 40, 50];
        double[] variant = [9, 18.5, 28, 38.5, 47];
        var paired = MeanDifference.Paired(variant, baseline);
        var welch = MeanDifference.Welch(variant, baseline);
        Assert.That(paired.DifferenceHigh - paired.DifferenceLow, Is.LessThan((welch.DifferenceHigh - welch.DifferenceLow) / 10));
        Assert.That(paired.DifferenceHigh, Is.LessThan(0), "every replicate is lower: the paired interval excludes 0, Welch's does not");
        Assert.That(welch.DifferenceHigh, Is.GreaterThan(0));
    }

    [Test]
    public void PairedSamplesMustHaveEqualLength() =>
        Assert.Throws<ArgumentException>(() => MeanDifference.Paired([1, 2, 3], [1, 2]));
}
