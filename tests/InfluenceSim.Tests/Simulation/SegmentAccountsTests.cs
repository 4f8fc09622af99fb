using InfluenceSim.Simulation;

namespace InfluenceSim.Tests.Simulation;

public class SegmentAccountsTests
{
    // Segments 0..3 hold local accounts [0, 4), [4, 4) (empty), [4, 9), [9, 12).
    private static readonly int[] BlockStarts = [0, 4, 4, 9, 12];

    [Test]
    public void NumbersTheSegmentsAccountsInAscendingSegmentOrder()
    {
        var accounts = new SegmentAccounts([3, 0, 1], BlockStarts);
        Assert.That(accounts.Count, Is.EqualTo(7));
        Assert.That(Enumerable.Range(0, accounts.Count).Select(i => accounts[i]), Is.EqualTo(new[] { 0, 1, 2, 3, 9, 10, 11 }));
        Assert.That(accounts.ToArray(), Is.EqualTo(new[] { 0, 1, 2, 3, 9, 10, 11 }));
    }

    [Test]
    public void NoSegmentsHaveNoAccounts()
    {
        Assert.That(new SegmentAccounts([], BlockStarts).Count, Is.Zero);
        Assert.That(new SegmentAccounts([1], BlockStarts).ToArray(), Is.Empty);
    }
}
