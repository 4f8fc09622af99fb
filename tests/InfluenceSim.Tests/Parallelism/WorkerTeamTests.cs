using InfluenceSim.Parallelism;

namespace InfluenceSim.Tests.Parallelism;

public class WorkerTeamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Test]
    public void EveryItemRunsOnceOnATeamThreadBeforeForReturns()
    {
        var team = new WorkerTeam(3);
        int[] counts = [0, 1, 2, 7, 64, 1000];
        for (var part = 0; part < 400; part++)
        {
            var count = counts[part % counts.Length];
            var runs = new int[count];
            var badThread = 0;
            team.For("test", count, (item, thread) =>
            {
                Interlocked.Increment(ref runs[item]);
                if (thread is < 0 or >= 3) Interlocked.Increment(ref badThread);
            });

            Assert.That(runs, Is.All.EqualTo(1), $"part {part} of {count} items");
            Assert.That(badThread, Is.Zero);
            // Now and then long enough for the helpers to go back to the pool, so that both ways of offering a part run.
            if (part % 50 == 49) Thread.Sleep(20);
        }
    }

    [Test]
    public void HelpersTakeItemsWhileTheCallingThreadIsBusy([Values(0, 20)] int pauseMs)
    {
        var team = new WorkerTeam(2);
        for (var part = 0; part < 20; part++)
        {
            using var bothStarted = new CountdownEvent(2);
            var threads = new int[2];
            var metEachOther = new bool[2];
            team.For("test", 2, (item, thread) =>
            {
                threads[item] = thread;
                bothStarted.Signal();
                metEachOther[item] = bothStarted.Wait(Patience);
            });

            Assert.That(metEachOther, Is.All.True, $"part {part}: the two items ran one after the other");
            Assert.That(threads, Is.EquivalentTo(new[] { 0, 1 }));
            Thread.Sleep(pauseMs);
        }
    }

    [Test]
    public void ForReturnsOnlyOnceTheHelpersItemsAreDone()
    {
        var team = new WorkerTeam(2);
        for (var part = 0; part < 5; part++)
        {
            using var helperStarted = new ManualResetEventSlim();
            var done = new bool[2];
            team.For("test", 2, (item, thread) =>
            {
                if (thread == 0) helperStarted.Wait(Patience);
                else
                {
                    helperStarted.Set();
                    Thread.Sleep(50);
                }

                Volatile.Write(ref done[item], true);
            });

            Assert.That(done, Is.All.True, $"part {part}");
        }
    }

    [Test]
    public void AnItemsFailureEndsItsPartAndTheNextPartRuns()
    {
        var team = new WorkerTeam(2);
        using var helperStarted = new ManualResetEventSlim();
        var failure = Assert.Throws<InvalidOperationException>(() => team.For("test", 2, (item, _) =>
        {
            if (item == 0) helperStarted.Wait(Patience);
            else
            {
                helperStarted.Set();
                throw new InvalidOperationException("item 1 failed");
            }
        }));
        Assert.That(failure!.Message, Is.EqualTo("item 1 failed"));
        Assert.That(() => team.For("test", 3, (item, _) =>
        {
            if (item == 2) throw new ArgumentException("on any thread");
        }), Throws.ArgumentException);

        var runs = new int[100];
        team.For("test", runs.Length, (item, _) => Interlocked.Increment(ref runs[item]));
        Assert.That(runs, Is.All.EqualTo(1));
    }

    [Test]
    public void ATeamOfOneRunsTheItemsInOrderOnTheCallingThread()
    {
        var team = new WorkerTeam(1);
        var caller = Environment.CurrentManagedThreadId;
        var items = new List<int>();
        team.For("test", 5, (item, thread) =>
        {
            Assert.That(thread, Is.Zero);
            Assert.That(Environment.CurrentManagedThreadId, Is.EqualTo(caller));
            items.Add(item);
        });
        Assert.That(items, Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
    }
}
