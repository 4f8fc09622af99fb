using System.Runtime.CompilerServices;
using InfluenceSim.Memory;
using InfluenceSim.Parallelism;

namespace InfluenceSim.Randomness;

/// <summary>
/// Draws an index with probability proportional to its weight in constant time, by Walker's alias method in Vose's
/// form (Vose 1991): built once in linear time, then each draw is one uniform column and one biased coin.
/// </summary>
public sealed class AliasTable
{
    /// <summary>Draws whose table entries are requested together by <see cref="Draw(SimRandom, Span{int})"/>.</summary>
    private const int Batch = 32;

    /// <summary>Columns per unit of the parallel part of the build.</summary>
    private const int ColumnsPerRange = 1 << 16;

    private readonly double[] _keep;
    private readonly int[] _alias;

    /// <param name="weights">Non-negative weights with a positive sum.</param>
    public AliasTable(ReadOnlySpan<double> weights)
        : this(Copy(weights), workers: 1)
    {
    }

    /// <summary>Builds the table in the weights' own array, which it keeps: a million weights need not be copied first.</summary>
    /// <param name="weights">Non-negative weights with a positive sum.</param>
    /// <param name="workers">Threads the columns are scaled and listed on; the table is the same on any number.</param>
    /// <remarks>Run once over up to millions of weights, so compiled optimised at once: at tier 0 the sum alone took 20 times as long.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AliasTable(double[] weights, Workers workers)
    {
        var n = weights.Length;
        ArgumentOutOfRangeException.ThrowIfZero(n, nameof(weights));
        double total = 0;
        foreach (var weight in weights)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(weight, nameof(weights));
            total += weight;
        }

        ArgumentOutOfRangeException.ThrowIfZero(total, nameof(weights));
        _keep = weights;
        _alias = LargeArrays.Allocate<int>(n);
        var work = LargeArrays.Allocate<int>(n);
        var smallCount = ScaleAndList(work, total, workers);
        var largeCount = n - smallCount;
        while (smallCount > 0 && largeCount > 0)
        {
            var less = work[--smallCount];
            var more = work[n - largeCount];
            _alias[less] = more;
            _keep[more] -= 1 - _keep[less];
            if (_keep[more] < 1)
            {
                largeCount--;
                work[smallCount++] = more;
            }
        }

        while (largeCount > 0) _keep[work[n - largeCount--]] = 1;
        while (smallCount > 0) _keep[work[--smallCount]] = 1;
    }

    /// <summary>
    /// Scales each weight so that they average 1, and lists the columns in one array: the small ones (below 1) from
    /// its start and the large ones from its end, each in ascending order, as one pass in column order would. Fixed
    /// ranges of columns are scaled and counted, then listed, in parallel. Returns how many columns are small.
    /// </summary>
    private int ScaleAndList(int[] work, double total, Workers workers)
    {
        var n = _keep.Length;
        var ranges = (n + ColumnsPerRange - 1) / ColumnsPerRange;
        var smallBefore = new int[ranges + 1];
        workers.For("alias table: scaling", ranges, range =>
        {
            var small = 0;
            for (var i = range * ColumnsPerRange; i < RangeEnd(range, n); i++)
            {
                _keep[i] = _keep[i] * n / total;
                if (_keep[i] < 1) small++;

                // Until the pairing gives it another, a column is its own alias; this also maps the array's memory here, in parallel.
                _alias[i] = i;
            }

            smallBefore[range + 1] = small;
        });
        for (var range = 0; range < ranges; range++) smallBefore[range + 1] += smallBefore[range];
        workers.For("alias table: listing", ranges, range =>
        {
            var first = range * ColumnsPerRange;
            var (small, large) = (smallBefore[range], first - smallBefore[range]);
            for (var i = first; i < RangeEnd(range, n); i++)
            {
                if (_keep[i] < 1) work[small++] = i;
                else work[n - 1 - large++] = i;
            }
        });
        return smallBefore[ranges];
    }

    private static int RangeEnd(int range, int columns) => (int)Math.Min(columns, (long)(range + 1) * ColumnsPerRange);

    /// <summary>A table over weights the caller hands over: their array becomes the table's and must not be used again.</summary>
    /// <param name="weights">Non-negative weights with a positive sum.</param>
    /// <param name="workers">Threads the table is built on; it is the same on any number.</param>
    internal static AliasTable TakingOver(double[] weights, Workers workers = default) => new(weights, workers);

    public int Count => _keep.Length;

    public int Draw(SimRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var column = random.Next(_keep.Length);
        return random.NextDouble() < _keep[column] ? column : _alias[column];
    }

    /// <summary>
    /// Fills <paramref name="draws"/> with what as many calls of <see cref="Draw"/> would return, from the same numbers
    /// of the generator in the same order, but faster on a large table: the columns and coins of a batch are drawn
    /// first and the table's entries for them requested together (<see cref="CacheHints"/>), so that their cache
    /// misses overlap instead of following one another.
    /// </summary>
    public void Draw(SimRandom random, Span<int> draws)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<int> columns = stackalloc int[Batch];
        Span<double> coins = stackalloc double[Batch];
        for (var start = 0; start < draws.Length; start += Batch)
        {
            var count = Math.Min(Batch, draws.Length - start);
            for (var i = 0; i < count; i++)
            {
                columns[i] = random.Next(_keep.Length);
                coins[i] = random.NextDouble();
                CacheHints.Prefetch(ref _keep[columns[i]]);
                CacheHints.Prefetch(ref _alias[columns[i]]);
            }

            for (var i = 0; i < count; i++) draws[start + i] = coins[i] < _keep[columns[i]] ? columns[i] : _alias[columns[i]];
        }
    }

    /// <summary>The probability of each index that the table's columns and aliases add up to.</summary>
    internal double[] Distribution()
    {
        var probabilities = new double[Count];
        for (var column = 0; column < Count; column++)
        {
            probabilities[column] += _keep[column] / Count;
            if (_keep[column] < 1) probabilities[_alias[column]] += (1 - _keep[column]) / Count;
        }

        return probabilities;
    }

    private static double[] Copy(ReadOnlySpan<double> weights)
    {
        var copy = LargeArrays.Allocate<double>(weights.Length);
        weights.CopyTo(copy);
        return copy;
    }
}
