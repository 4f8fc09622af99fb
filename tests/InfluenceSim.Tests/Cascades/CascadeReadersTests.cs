using InfluenceSim.Cascades;

namespace InfluenceSim.Tests.Cascades;

public class CascadeReadersTests
{
    [Test]
    public void CountsEachReaderOnceAndUnderstandingOnce()
    {
        var readers = new CascadeReaders();
        Assert.Multiple(() =>
        {
            Assert.That(readers.Read(root: 3, agent: 7, understood: false), Is.EqualTo((true, false)), "first read, not understood");
            Assert.That(readers.Read(3, 7, false), Is.EqualTo((false, false)), "read again");
            Assert.That(readers.Read(3, 7, true), Is.EqualTo((false, true)), "understood at last");
            Assert.That(readers.Read(3, 7, true), Is.EqualTo((false, false)), "already counted as exposed");
            Assert.That(readers.Read(4, 7, true), Is.EqualTo((true, true)), "another cascade, same agent");
            Assert.That(readers.Read(3, 8, true), Is.EqualTo((true, true)), "another agent, same cascade");
            Assert.That(readers.Count, Is.EqualTo(3));
        });
    }

    [Test]
    public void MatchesASetOfPairsThroughManyGrowths()
    {
        var readers = new CascadeReaders();
        var expected = new HashSet<(int, int)>();
        var exposed = new HashSet<(int, int)>();
        var random = new Random(3);
        for (var i = 0; i < 300_000; i++)
        {
            var pair = (random.Next(5_000), random.Next(2_000));
            var understood = random.Next(3) == 0;
            var (isNew, isNewlyExposed) = readers.Read(pair.Item1, pair.Item2, understood);
            Assert.That(isNew, Is.EqualTo(expected.Add(pair)));
            Assert.That(isNewlyExposed, Is.EqualTo(understood && exposed.Add(pair)));
        }

        Assert.That(readers.Count, Is.EqualTo(expected.Count));
    }
}
