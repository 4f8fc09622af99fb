using InfluenceSim.Output;

namespace InfluenceSim.Tests.Output;

public class NumbersTests
{
    [TestCase(1079.6, "1,080")]
    [TestCase(0.3, "0.3")]
    [TestCase(12, "12")]
    [TestCase(0.0012345, "0.00123")]
    [TestCase(-125.4, "-125")]
    [TestCase(0, "0")]
    [TestCase(double.NaN, "n/a")]
    public void ValuesHaveThreeSignificantDigits(double value, string expected) =>
        Assert.That(Numbers.Format(value), Is.EqualTo(expected));

    [TestCase(1079.6, 1033.923, 1125.277, "1,080 [1,034, 1,125]")]
    [TestCase(-125, -181, -69.6047, "-125 [-181, -70]")]
    [TestCase(0.6, -8.737, 9.937, "0.60 [-8.74, 9.94]")]
    [TestCase(-0.1, -9.8541, 9.6541, "-0.10 [-9.85, 9.65]")]
    [TestCase(0.168, 0.163, 0.173, "0.168 [0.163, 0.173]")]
    public void AValueAndItsIntervalShareTheDecimalsOfTheLargest(double mean, double low, double high, string expected) =>
        Assert.That(Numbers.WithInterval(mean, low, high), Is.EqualTo(expected));

    [Test]
    public void WithoutAnIntervalOnlyTheValueIsWritten() =>
        Assert.That(Numbers.WithInterval(7, null, null), Is.EqualTo("7"));

    [TestCase(1, "1 figure")]
    [TestCase(2, "2 figures")]
    [TestCase(1200, "1,200 figures")]
    public void CountsAgreeInNumber(int count, string expected) =>
        Assert.That(Numbers.Count(count, "figure"), Is.EqualTo(expected));
}
