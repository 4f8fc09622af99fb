using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace InfluenceSim.Parallelism;

/// <summary>
/// The threads a world's parallel parts run on: the calling thread and helpers taken from the thread pool, which stay
/// awake (spinning) for a moment after a part so as to be running when the next one starts. On the project's
/// virtual machine a thread-pool worker that went to sleep took about half a millisecond to start on a new part,
/// twice a step: 0.2 s of a 1.9 s scale-1m run on two threads (docs/performance.md). A helper that waits longer than
/// <see cref="IdleSpinTicks"/> for the next part goes back to the pool, leaving the core to others.
/// </summary>
/// <remarks>
/// Each helper has one slot, and at most one pool work item runs or waits to run for a slot: the team queues one
/// only when the slot is <see cref="Gone"/>, which the item itself sets as it leaves.
/// </remarks>
internal sealed class WorkerTeam
{
    /// <summary>How long a helper waits for the next part: longer than the serial work between a step's parallel parts on worlds of a million agents.</summary>
    private static readonly long IdleSpinTicks = Stopwatch.Frequency / 500;

    /// <summary>No work item for the slot.</summary>
    private const int Gone = 0;

    /// <summary>A work item queued in the pool or waiting for a part, none offered.</summary>
    private const int Waiting = 1;

    /// <summary>A part offered, not yet taken up.</summary>
    private const int Offered = 2;

    /// <summary>The helper is taking the part's items.</summary>
    private const int Working = 3;

    private readonly IPartRunner? _runner;
    private readonly int[] _slots;
    private readonly Action<object?> _runHelper;
    private Action<int, int>? _body;
    private int _count;
    private int _next;
    private Exception? _failure;

    public WorkerTeam(Workers workers)
    {
        _runner = workers.Runner;
        _slots = new int[workers.Count - 1];
        _runHelper = slot => RunHelper((int)slot!);
    }

    public int Threads => _slots.Length + 1;

    /// <summary>
    /// Calls body(item, thread) for every item in [0, count), items taken in turn by whichever thread of the team is
    /// free (thread 0 is the calling one), and returns when all are done. A helper the pool has not started by the
    /// time the calling thread runs out of items is not waited for. The first failure is thrown once all have stopped.
    /// Given a runner (<see cref="Workers.Runner"/>), the team hands it the part instead.
    /// </summary>
    public void For(string part, int count, Action<int, int> body)
    {
        if (_runner is { } runner)
        {
            runner.RunPart(part, count, body);
            return;
        }

        if (_slots.Length == 0 || count <= 1)
        {
            for (var item = 0; item < count; item++) body(item, 0);
            return;
        }

        _body = body;
        _count = count;
        _next = -1;
        _failure = null;
        for (var h = 0; h < _slots.Length; h++) Offer(h);
        TakeItemsOrStop(0);
        for (var h = 0; h < _slots.Length; h++) AwaitOrWithdraw(h);
        _body = null;
        if (_failure is { } failure) ExceptionDispatchInfo.Throw(failure);
    }

    private void Offer(int slot)
    {
        while (true)
        {
            var state = Volatile.Read(ref _slots[slot]);
            if (state == Gone)
            {
                Volatile.Write(ref _slots[slot], Offered);
                ThreadPool.UnsafeQueueUserWorkItem(_runHelper, slot, preferLocal: false);
                return;
            }

            if (Interlocked.CompareExchange(ref _slots[slot], Offered, Waiting) == Waiting) return;
        }
    }

    /// <summary>Waits for the helper to finish its part, or withdraws the offer if it has not taken it up.</summary>
    private void AwaitOrWithdraw(int slot)
    {
        var spinner = new SpinWait();
        while (true)
        {
            var state = Volatile.Read(ref _slots[slot]);
            if (state is Waiting or Gone) return;
            if (state == Offered && Interlocked.CompareExchange(ref _slots[slot], Waiting, Offered) == Offered) return;
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    /// <summary>Takes items until none is left; if one fails, keeps the first failure and leaves the rest untaken.</summary>
    private void TakeItemsOrStop(int thread)
    {
        try
        {
            int item;
            while ((item = Interlocked.Increment(ref _next)) < _count) _body!(item, thread);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
            Volatile.Write(ref _next, _count);
        }
    }

    private void RunHelper(int slot)
    {
        while (AwaitPart(slot))
        {
            TakeItemsOrStop(slot + 1);
            Volatile.Write(ref _slots[slot], Waiting);
        }
    }

    /// <summary>Spins until a part is offered (true) or the helper has waited long enough and leaves (false).</summary>
    private bool AwaitPart(int slot)
    {
        var start = Stopwatch.GetTimestamp();
        var spinner = new SpinWait();
        while (true)
        {
            var state = Volatile.Read(ref _slots[slot]);
            if (state == Offered && Interlocked.CompareExchange(ref _slots[slot], Working, Offered) == Offered) return true;
            if (state == Waiting && Stopwatch.GetTimestamp() - start > IdleSpinTicks
                && Interlocked.CompareExchange(ref _slots[slot], Gone, Waiting) == Waiting) return false;
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }
}
