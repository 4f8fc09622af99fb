using InfluenceSim.Parallelism;

namespace InfluenceSim.Tests.Parallelism;

public class ItemScheduleTests
{
    [TestCase(1, 14)]
    [TestCase(2, 8)]
    [TestCase(3, 6)]
    [TestCase(4, 5)]
    public void APartLastsAsLongAsItsSlowestThreadWithItemsHandedOutInOrder(int threads, long expected)
    {
        // On two threads: 5 to the first, 3 to the second, 3 to the second (free at 3), 3 to the first (free at 5): 8.
        var schedule = Schedule(threads, [5, 3, 3, 3]);
        Assert.That(schedule.Total, Is.EqualTo(expected));
    }

    [Test]
    public void PartsFollowOneAnotherWithEveryThreadFree()
    {
        var schedule = Schedule(2, [5, 3, 3, 3]);
        foreach (var duration in new long[] { 1, 1, 4 }) schedule.Add(duration);
        schedule.EndPart();
        Assert.That(schedule.Total, Is.EqualTo(8 + 5), "the second part on two threads: 1 and 1, then 4 on the first");
    }

    [Test]
    public void AnEmptyPartTakesNoTime()
    {
        var schedule = new ItemSchedule(4);
        schedule.EndPart();
        Assert.That(schedule.Total, Is.Zero);
        Assert.That(() => new ItemSchedule(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static ItemSchedule Schedule(int threads, long[] durations)
    {
        var schedule = new ItemSchedule(threads);
        foreach (var duration in durations) schedule.Add(duration);
        schedule.EndPart();
        return schedule;
    }
}
