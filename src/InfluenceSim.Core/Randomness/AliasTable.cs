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
        _keep = new double[n];
        _alias = new int[n];
        var small = new int[n];
        var large = new int[n];
        int smallCount = 0, largeCount = 0;
        for (var i = 0; i < n; i++)
        {
            _keep[i] = weights[i] * n / total;
            if (_keep[i] < 1) small[smallCount++] = i;
            else large[largeCount++] = i;
        }

        while (smallCount > 0 && largeCount > 0)
        {
            var less = small[--smallCount];
            var more = large[largeCount - 1];
            _alias[less] = more;
            _keep[more] -= 1 - _keep[less];
            if (_keep[more] < 1)
            {
                largeCount--;
                small[smallCount++] = more;
            }
        }

        while (largeCount > 0) _keep[large[--largeCount]] = 1;
        while (smallCount > 0) _keep[small[--smallCount]] = 1;
    }

    public int Count => _keep.Length;

    public int Draw(SimRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var column = random.Next(_keep.Length);
        return random.NextDouble() < _keep[column] ? column : _alias[column];
    }
}
