using System.Numerics;

namespace InfluenceSim.Randomness;

/// <summary>
/// The seeded generator of one replicate: xoshiro256** (Blackman and Vigna), seeded through SplitMix64.
/// It derives from <see cref="Random"/> so that MathNet.Numerics distributions can draw from it.
/// It is not thread-safe: each replicate, and each parallel piece of work, owns one.
/// </summary>
public sealed class SimRandom : Random
{
    private const double UnitScale = 1.0 / (1UL << 53);
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SimRandom(ulong seed) => Reseed(seed);

    /// <summary>Starts the generator again from a seed, as a new one would: for streams drawn anew in every step, without allocating.</summary>
    public void Reseed(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>A seed for an independent stream, derived from a base seed and the stream's numbers (replicate, purpose).</summary>
    public static ulong DeriveSeed(ulong seed, params ReadOnlySpan<ulong> stream)
    {
        var state = seed;
        var result = SplitMix64(ref state);
        foreach (var part in stream)
        {
            state = result ^ (part * 0x9E3779B97F4A7C15UL);
            result = SplitMix64(ref state);
        }

        return result;
    }

    /// <summary>
    /// A uniform number in [0, 1) fixed by a seed and two keys (a post and a follower, say): for draws that must come
    /// out the same in whatever order, or on whatever thread, they are made.
    /// </summary>
    public static double UniformFor(ulong seed, ulong first, ulong second) => (DeriveSeed(seed, first, second) >> 11) * UnitScale;

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public override double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    protected override double Sample() => NextDouble();

    public override int Next() => (int)(NextUInt64() >> 33);

    /// <summary>Uniform in [0, maxValue), without modulo bias (Lemire's method).</summary>
    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)NextBelow((uint)maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(minValue + NextBelow((uint)((long)maxValue - minValue)));
    }

    public override long NextInt64() => (long)(NextUInt64() >> 1);

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++) buffer[i] = (byte)(NextUInt64() >> 56);
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public bool Bernoulli(double probability) => NextDouble() < probability;

    /// <summary>A standard normal draw by Box-Muller's cosine branch, from two uniforms (one draw a pair, so the stream stays simple to follow).</summary>
    public double NextStandardNormal()
    {
        var u1 = 1 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>
    /// Failures before the first success of Bernoulli(p) trials: how far to skip to the next agent that acts,
    /// so that choosing the active few among many costs only the few. Returns int.MaxValue when p is 0.
    /// </summary>
    public int SkipToNextSuccess(double probability) => new GeometricSkip(probability).Next(this);

    /// <summary>Index drawn from a cumulative distribution (last entry 1).</summary>
    public int FromCumulative(ReadOnlySpan<double> cumulative)
    {
        var u = NextDouble();
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (u < cumulative[i]) return i;
        }

        return cumulative.Length - 1;
    }

    private uint NextBelow(uint bound)
    {
        var product = (NextUInt64() >> 32) * bound;
        var low = (uint)product;
        if (low < bound)
        {
            var threshold = (uint)(-bound) % bound;
            while (low < threshold)
            {
                product = (NextUInt64() >> 32) * bound;
                low = (uint)product;
            }
        }

        return (uint)(product >> 32);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
