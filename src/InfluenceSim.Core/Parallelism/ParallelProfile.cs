using System.Diagnostics;

namespace InfluenceSim.Parallelism;

/// <summary>
/// Where a replicate's time goes on one thread: serial work, and the items of its parallel parts (the world's
/// sessions and deliveries, the build's chunks, the cascades' ranges and measures), each item timed. From these it
/// projects the replicate's time on more cores: the serial work as it was, and each part's items scheduled as the
/// parts hand them out (<see cref="ItemSchedule"/>). It leaves out what starting and ending a part costs on many
/// threads and what they cost each other in shared caches and memory, so a projection is a ceiling for the program as
/// it is, not a forecast for a machine. It observes from outside: work given it as its <see cref="Workers.Runner"/>
/// hands it every parallel part, whose items it runs on the calling thread, in order, whatever their thread count: a
/// replicate given n threads is cut into the items it would hand out to n threads, and timed on one.
/// </summary>
public sealed class ParallelProfile : IPartRunner
{
    private readonly ItemSchedule[] _schedules;
    private readonly int _mostCores;
    private readonly Dictionary<string, PartTotals> _byPart = new(StringComparer.Ordinal);

    /// <param name="cores">The numbers of cores to project on.</param>
    public ParallelProfile(IEnumerable<int> cores)
    {
        _schedules = [.. cores.Select(c => new ItemSchedule(c))];
        if (_schedules.Length == 0) throw new ArgumentException("at least one number of cores to project on", nameof(cores));
        _mostCores = _schedules.Max(s => s.Threads);
    }

    /// <summary>2, 4, 8 and so on below <paramref name="threads"/>, then <paramref name="threads"/> itself.</summary>
    public static IReadOnlyList<int> CoresUpTo(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 2);
        var cores = new List<int>();
        for (var c = 2; c < threads; c *= 2) cores.Add(c);
        cores.Add(threads);
        return cores;
    }

    /// <summary>Time spent in the items of parallel parts; the rest of a run, handing the items out included, is serial.</summary>
    public TimeSpan InItems => Stopwatch.GetElapsedTime(0, _byPart.Values.Sum(p => p.Ticks));

    /// <summary>Parallel parts run while recording.</summary>
    public int Parts => _byPart.Values.Sum(p => p.Runs);

    /// <summary>Their items, all told.</summary>
    public int Items => _byPart.Values.Sum(p => p.Items);

    /// <summary>Each named part over the run, the longest on one thread first, with its time on the most cores projected on.</summary>
    public IReadOnlyList<PartTime> PartTimes =>
    [
        .. _byPart.Select(p => new PartTime(p.Key, p.Value.Runs, p.Value.Items, Stopwatch.GetElapsedTime(0, p.Value.Ticks),
            _mostCores, Stopwatch.GetElapsedTime(0, p.Value.Schedule.Total))).OrderByDescending(p => p.OneThread),
    ];

    /// <summary>Workers that cut the work into the items of <paramref name="threads"/> threads and hand every part to this profile.</summary>
    public Workers Workers(int threads) => new(threads, this);

    /// <summary>
    /// The replicate's projected time on each number of cores, from its time on one thread (<paramref name="total"/>,
    /// measured while this profile recorded, and covering all of it): the items scheduled, and Amdahl's bound, which
    /// takes every part to divide evenly between the cores (so it is never the longer of the two).
    /// </summary>
    public IReadOnlyList<CoreProjection> Project(TimeSpan total)
    {
        var serial = total - InItems;
        if (serial < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(total), total, "shorter than the items recorded");
        return [.. _schedules.Select(s => new CoreProjection(s.Threads, serial + Stopwatch.GetElapsedTime(0, s.Total), serial + InItems / s.Threads))];
    }

    /// <summary>Runs a parallel part's items on the calling thread, in order, timing each (as thread 0 of the part).</summary>
    public void RunPart(string part, int count, Action<int, int> body)
    {
        if (!_byPart.TryGetValue(part, out var totals)) _byPart[part] = totals = new PartTotals(_mostCores);
        for (var item = 0; item < count; item++)
        {
            var start = Stopwatch.GetTimestamp();
            body(item, 0);
            var duration = Stopwatch.GetTimestamp() - start;
            totals.Ticks += duration;
            totals.Schedule.Add(duration);
            foreach (var schedule in _schedules) schedule.Add(duration);
        }

        foreach (var schedule in _schedules) schedule.EndPart();
        totals.Schedule.EndPart();
        totals.Runs++;
        totals.Items += count;
    }

    /// <summary>One named part's runs so far, and its items scheduled on the most cores.</summary>
    private sealed class PartTotals(int cores)
    {
        public ItemSchedule Schedule { get; } = new(cores);

        public int Runs { get; set; }

        public int Items { get; set; }

        public long Ticks { get; set; }
    }
}

/// <summary>A replicate's projected time on a number of cores, scheduled item by item and by Amdahl's bound.</summary>
public readonly record struct CoreProjection(int Cores, TimeSpan Scheduled, TimeSpan Amdahl);

/// <summary>
/// One named parallel part over a run: how often it ran, its items, their time on one thread, and their time
/// scheduled on <paramref name="Cores"/> cores, where dividing evenly would give <paramref name="OneThread"/> / cores.
/// </summary>
public readonly record struct PartTime(string Name, int Runs, int Items, TimeSpan OneThread, int Cores, TimeSpan Scheduled);
