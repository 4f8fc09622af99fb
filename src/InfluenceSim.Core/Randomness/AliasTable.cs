using InfluenceSim.Memory;

namespace InfluenceSim.Randomness;

/// <summary>
/// Draws an index with probability proportional to its weight in constant time, by Walker's alias method in Vose's
/// form (Vose 1991): built once in linear time, then each draw is one uniform column and one biased coin.
/// </summary>
public sealed class AliasTable
{
    /// <summary>Draws whose table entries are requested together by <see cref="Draw(SimRandom, Span{int})"/>.</summary>
    private const int Batch = 32;

    private readonly double[] _keep;
    private readonly int[] _alias;

    /// <param name="weights">Non-negative weights with a positive sum.</param>
    public AliasTable(ReadOnlySpan<double> weights)
        : this(Copy(weights))
    {
    }

    /// <summary>Builds the table in the weights' own array, which it keeps: a million weights need not be copied first.</summary>
    private AliasTable(double[] weights)
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

        // One array holds both work lists: the small columns stacked from its start, the large ones from its end.
        var work = LargeArrays.Allocate<int>(n);
        int smallCount = 0, largeCount = 0;
        for (var i = 0; i < n; i++)
        {
            _keep[i] = weights[i] * n / total;
            if (_keep[i] < 1) work[smallCount++] = i;
            else work[n - 1 - largeCount++] = i;
        }

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

    /// <summary>A table over weights the caller hands over: their array becomes the table's and must not be used again.</summary>
    internal static AliasTable TakingOver(double[] weights) => new(weights);

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

    private static double[] Copy(ReadOnlySpan<double> weights)
    {
        var copy = LargeArrays.Allocate<double>(weights.Length);
        weights.CopyTo(copy);
        return copy;
    }
}
