using InfluenceSim.Parallelism;

namespace InfluenceSim.Tests.Parallelism;

public class ParallelProfileTests
{
    [Test]
    public void ProjectsOnPowersOfTwoUpToTheThreadsAsked()
    {
        Assert.That(ParallelProfile.CoresUpTo(16), Is.EqualTo(new[] { 2, 4, 8, 16 }));
        Assert.That(ParallelProfile.CoresUpTo(12), Is.EqualTo(new[] { 2, 4, 8, 12 }));
        Assert.That(ParallelProfile.CoresUpTo(2), Is.EqualTo(new[] { 2 }));
        Assert.That(() => ParallelProfile.CoresUpTo(1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new ParallelProfile([]), Throws.ArgumentException);
    }

    [Test]
    public void WorkGivenTheProfileRunsEveryPartInOrderOnTheCallingThread()
    {
        var profile = new ParallelProfile([2, 4]);
        var caller = Environment.CurrentManagedThreadId;
        var team = new List<(int Item, int Thread, int ManagedThread)>();
        var loop = new List<(int Item, int ManagedThread)>();
        new WorkerTeam(profile.Workers(3)).For("team", 10, (item, thread) => team.Add((item, thread, Environment.CurrentManagedThreadId)));
        profile.Workers(4).For("loop", 7, item => loop.Add((item, Environment.CurrentManagedThreadId)));
        new Workers(4).For("unobserved", 7, _ => { });

        Assert.Multiple(() =>
        {
            Assert.That(team, Is.EqualTo(Enumerable.Range(0, 10).Select(i => (i, 0, caller))));
            Assert.That(loop, Is.EqualTo(Enumerable.Range(0, 7).Select(i => (i, caller))));
            Assert.That(profile.Parts, Is.EqualTo(2));
            Assert.That(profile.Items, Is.EqualTo(17));
            Assert.That(profile.PartTimes.Select(p => (p.Name, p.Runs, p.Items, p.Cores)), Is.EquivalentTo(new[] { ("team", 1, 10, 4), ("loop", 1, 7, 4) }));
        });
    }

    [Test]
    public void TheScheduleIsNeverShorterThanAmdahlsBoundNorFasterThanTheCores()
    {
        var profile = new ParallelProfile([2, 4, 8]);
        var total = System.Diagnostics.Stopwatch.StartNew();
        Thread.Sleep(20);
        profile.Workers(8).For("uneven", 5, item => Thread.Sleep(item == 0 ? 40 : 5));
        profile.Workers(8).For("even", 16, _ => Thread.Sleep(2));

        total.Stop();
        var projections = profile.Project(total.Elapsed);
        Assert.That(projections.Select(p => p.Cores), Is.EqualTo(new[] { 2, 4, 8 }));
        foreach (var projection in projections)
        {
            var serial = total.Elapsed - profile.InItems;
            Assert.That(projection.Amdahl, Is.EqualTo(serial + profile.InItems / projection.Cores));
            Assert.That(projection.Scheduled, Is.GreaterThanOrEqualTo(projection.Amdahl));
            Assert.That(projection.Scheduled, Is.LessThanOrEqualTo(total.Elapsed));
        }

        Assert.That(projections[^1].Scheduled - (total.Elapsed - profile.InItems), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(40)),
            "on 8 cores the first part still waits for its 40 ms item");
        var parts = profile.PartTimes;
        Assert.That(parts.Select(p => p.Name), Is.EqualTo(new[] { "uneven", "even" }), "the longest on one thread first");
        Assert.That(parts.Sum(p => p.OneThread.Ticks), Is.EqualTo(profile.InItems.Ticks).Within(2), "the parts share out the items' time");
        Assert.That(parts[0].Scheduled, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(40)).And.LessThan(parts[0].OneThread));
        Assert.That(parts.Select(p => p.Scheduled), Has.All.GreaterThanOrEqualTo(parts.Min(p => p.OneThread) / 8));
        Assert.That(parts.Sum(p => p.Scheduled.Ticks), Is.EqualTo((projections[^1].Scheduled - (total.Elapsed - profile.InItems)).Ticks).Within(2),
            "the parts' schedules on the most cores add up to the projection's");
        Assert.That(() => profile.Project(profile.InItems / 2), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
