using InfluenceSim.Memory;

namespace InfluenceSim.Randomness;

/// <summary>
/// Draws an index with probability proportional to its weight in constant time, by Walker's alias method in Vose's
/// form (Vose 1991): built once in linear time, then each draw is one uniform column and one biased coin.
/// </summary>
public sealed class AliasTable
{
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

    private static double[] Copy(ReadOnlySpan<double> weights)
    {
        var copy = LargeArrays.Allocate<double>(weights.Length);
        weights.CopyTo(copy);
        return copy;
    }
}
