using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Randomness;

public class SobolSequenceTests
{
    [Test]
    public void EachCoordinateOfTheFirstPowerOfTwoPointsFillsEverySliceOnce()
    {
        var sequence = new SobolSequence(SobolSequence.MaxDimensions, seed: 3);
        const int points = 1024;
        var slices = new int[SobolSequence.MaxDimensions, points];
        for (var i = 0; i < points; i++)
        {
            var point = sequence.Next();
            for (var d = 0; d < point.Length; d++)
            {
                Assert.That(point[d], Is.GreaterThanOrEqualTo(0.0).And.LessThan(1.0));
                slices[d, (int)(point[d] * points)]++;
            }
        }

        for (var d = 0; d < SobolSequence.MaxDimensions; d++)
        {
            for (var s = 0; s < points; s++) Assert.That(slices[d, s], Is.EqualTo(1), $"dimension {d}, slice {s}");
        }
    }

    [Test]
    public void TheFirstTwoDimensionsFormANet()
    {
        // A (0, m, 2)-net in base 2: of the first 256 points, every 16 x 16 cell of the unit square holds exactly one.
        var sequence = new SobolSequence(2, seed: 5);
        var cells = new int[256];
        for (var i = 0; i < 256; i++)
        {
            var p = sequence.Next();
            cells[(int)(p[0] * 16) * 16 + (int)(p[1] * 16)]++;
        }

        Assert.That(cells, Is.All.EqualTo(1));
    }

    [Test]
    public void TheSameSeedGivesTheSamePointsAndAnotherSeedOthers()
    {
        double[] First(ulong seed) => new SobolSequence(4, seed).Next();
        Assert.That(First(1), Is.EqualTo(First(1)));
        Assert.That(First(1), Is.Not.EqualTo(First(2)));
    }
}
