namespace InfluenceSim.Randomness;

/// <summary>
/// The Sobol low-discrepancy sequence (Sobol 1967) in up to <see cref="MaxDimensions"/> dimensions, with Joe and
/// Kuo's (2008) direction numbers (new-joe-kuo-6.21201), generated in Gray-code order (Antonov and Saleev 1979), and
/// scrambled by a random digital shift: each coordinate's bits are XOR-ed with a random word per dimension drawn from
/// a seed, which keeps the sequence's stratification and makes estimates from it unbiased. It starts at point 0 (all
/// zeros before the shift), so that the first 2^m points put exactly one point in each of the 2^m equal slices of
/// every coordinate.
/// </summary>
public sealed class SobolSequence
{
    public const int MaxDimensions = 40;
    private const int Bits = 32;
    private const double Scale = 1.0 / 4294967296.0;

    /// <summary>Per dimension from the second: the primitive polynomial's degree s and coefficients a, and the initial direction numbers m.</summary>
    private static readonly (int S, int A, uint[] M)[] Primitives =
    [
        (1, 0, [1]), (2, 1, [1, 3]), (3, 1, [1, 3, 1]), (3, 2, [1, 1, 1]),
        (4, 1, [1, 1, 3, 3]), (4, 4, [1, 3, 5, 13]), (5, 2, [1, 1, 5, 5, 17]), (5, 4, [1, 1, 5, 5, 5]),
        (5, 7, [1, 1, 7, 11, 19]), (5, 11, [1, 1, 5, 1, 1]), (5, 13, [1, 1, 1, 3, 11]), (5, 14, [1, 3, 5, 5, 31]),
        (6, 1, [1, 3, 3, 9, 7, 49]), (6, 13, [1, 1, 1, 15, 21, 21]), (6, 16, [1, 3, 1, 13, 27, 49]), (6, 19, [1, 1, 1, 15, 7, 5]),
        (6, 22, [1, 3, 1, 15, 13, 25]), (6, 25, [1, 1, 5, 5, 19, 61]), (7, 1, [1, 3, 7, 11, 23, 15, 103]), (7, 4, [1, 3, 7, 13, 13, 15, 69]),
        (7, 7, [1, 1, 3, 13, 7, 35, 63]), (7, 8, [1, 3, 5, 9, 1, 25, 53]), (7, 14, [1, 3, 1, 13, 9, 35, 107]), (7, 19, [1, 3, 1, 5, 27, 61, 31]),
        (7, 21, [1, 1, 5, 11, 19, 41, 61]), (7, 28, [1, 3, 5, 3, 3, 13, 69]), (7, 31, [1, 1, 7, 13, 1, 19, 1]), (7, 32, [1, 3, 7, 5, 13, 19, 59]),
        (7, 37, [1, 1, 3, 9, 25, 29, 41]), (7, 41, [1, 3, 5, 13, 23, 1, 55]), (7, 42, [1, 3, 7, 3, 13, 59, 17]), (7, 50, [1, 3, 1, 3, 5, 53, 69]),
        (7, 55, [1, 1, 5, 5, 23, 33, 13]), (7, 56, [1, 1, 7, 7, 1, 61, 123]), (7, 59, [1, 1, 7, 9, 13, 61, 49]), (7, 62, [1, 3, 3, 5, 3, 55, 33]),
        (8, 14, [1, 3, 1, 15, 31, 13, 49, 245]), (8, 21, [1, 3, 5, 15, 31, 59, 63, 97]), (8, 22, [1, 3, 1, 11, 11, 11, 77, 249]),
    ];

    private readonly uint[][] _directions;
    private readonly uint[] _shift;
    private readonly uint[] _current;
    private uint _index;

    public SobolSequence(int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        Dimensions = dimensions;
        _directions = Enumerable.Range(0, dimensions).Select(Directions).ToArray();
        var random = new SimRandom(SimRandom.DeriveSeed(seed, 0x5C0B01));
        _shift = Enumerable.Range(0, dimensions).Select(_ => (uint)(random.NextUInt64() >> 32)).ToArray();
        _current = new uint[dimensions];
    }

    public int Dimensions { get; }

    /// <summary>The next point, each coordinate in [0, 1).</summary>
    public double[] Next()
    {
        var point = new double[Dimensions];
        for (var d = 0; d < Dimensions; d++) point[d] = (_current[d] ^ _shift[d]) * Scale;
        var changed = System.Numerics.BitOperations.TrailingZeroCount(~_index);
        _index++;
        for (var d = 0; d < Dimensions; d++) _current[d] ^= _directions[d][changed];
        return point;
    }

    private static uint[] Directions(int dimension)
    {
        var v = new uint[Bits];
        if (dimension == 0)
        {
            for (var i = 0; i < Bits; i++) v[i] = 1u << (Bits - 1 - i);
            return v;
        }

        var (s, a, m) = Primitives[dimension - 1];
        for (var i = 0; i < Bits; i++)
        {
            if (i < s)
            {
                v[i] = m[i] << (Bits - 1 - i);
                continue;
            }

            v[i] = v[i - s] ^ (v[i - s] >> s);
            for (var k = 1; k < s; k++)
            {
                if (((a >> (s - 1 - k)) & 1) != 0) v[i] ^= v[i - k];
            }
        }

        return v;
    }
}
