using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace InfluenceSim.Simulation;

/// <summary>
/// The threads a world's parallel parts run on: the calling thread and helpers taken from the thread pool, which stay
/// awake (spinning) for a moment after a part so as to be running when the next one starts. On the project's
/// virtual machine a thread-pool worker that went to sleep took about half a millisecond to start on a new part,
/// twice a step: 0.2 s of a 1.9 s scale-1m run on two threads (docs/performance.md). A helper that waits longer than
/// <see cref="IdleSpinTicks"/> for the next part goes back to the pool, leaving the core to others.
/// </summary>
internal sealed class WorkerTeam
{
    /// <summary>How long a helper waits for the next part: longer than the serial work between a step's parallel parts on worlds of a million agents.</summary>
    private static readonly long IdleSpinTicks = Stopwatch.Frequency / 500;

    private const int Gone = 0;
    private const int Idle = 1;
    private const int Offered = 2;
    private const int Working = 3;

    /// <summary>Each helper's state: none (gone), waiting for a part (idle), a part offered to it, or working on it.</summary>
    private readonly int[] _helpers;
    private readonly Action<object?> _startHelper;
    private Action<int, int>? _body;
    private int _count;
    private int _next;
    private Exception? _failure;

    public WorkerTeam(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _helpers = new int[threads - 1];
        _startHelper = helper => StartHelper((int)helper!);
    }

    public int Threads => _helpers.Length + 1;

    /// <summary>
    /// Calls body(item, thread) for every item in [0, count), items taken in turn by whichever thread of the team is
    /// free (thread 0 is the calling one), and returns when all are done. A helper the pool has not started by the
    /// time the calling thread runs out of items is not waited for.
    /// </summary>
    public void For(int count, Action<int, int> body)
    {
        if (_helpers.Length == 0 || count <= 1)
        {
            for (var item = 0; item < count; item++) body(item, 0);
            return;
        }

        _body = body;
        _count = count;
        _next = -1;
        _failure = null;
        Span<bool> queued = stackalloc bool[_helpers.Length];
        for (var h = 0; h < _helpers.Length; h++)
        {
            if (Interlocked.CompareExchange(ref _helpers[h], Offered, Idle) == Idle) continue;
            Volatile.Write(ref _helpers[h], Offered);
            ThreadPool.UnsafeQueueUserWorkItem(_startHelper, h, preferLocal: false);
            queued[h] = true;
        }

        TakeItemsOrStop(0);
        for (var h = 0; h < _helpers.Length; h++) AwaitHelper(h, queued[h]);
        _body = null;
        if (_failure is { } failure) ExceptionDispatchInfo.Throw(failure);
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

    /// <summary>Waits for the helper to finish its part, or withdraws the offer if it has not taken it up.</summary>
    private void AwaitHelper(int h, bool queued)
    {
        var spinner = new SpinWait();
        while (true)
        {
            var state = Volatile.Read(ref _helpers[h]);
            if (state == Idle || state == Gone) return;
            if (state == Offered && Interlocked.CompareExchange(ref _helpers[h], queued ? Gone : Idle, Offered) == Offered) return;
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }

    private void StartHelper(int h)
    {
        if (Interlocked.CompareExchange(ref _helpers[h], Working, Offered) != Offered) return;
        do
        {
            TakeItemsOrStop(h + 1);
            Volatile.Write(ref _helpers[h], Idle);
        }
        while (AwaitNextPart(h));
    }

    /// <summary>Spins until a part is offered to the helper (true) or it has waited long enough and leaves (false).</summary>
    private bool AwaitNextPart(int h)
    {
        var start = Stopwatch.GetTimestamp();
        var spinner = new SpinWait();
        while (true)
        {
            var state = Volatile.Read(ref _helpers[h]);
            if (state == Offered && Interlocked.CompareExchange(ref _helpers[h], Working, Offered) == Offered) return true;
            if (Stopwatch.GetTimestamp() - start > IdleSpinTicks && Interlocked.CompareExchange(ref _helpers[h], Gone, Idle) == Idle) return false;
            spinner.SpinOnce(sleep1Threshold: -1);
        }
    }
}
