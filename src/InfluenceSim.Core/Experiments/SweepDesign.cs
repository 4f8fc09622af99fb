using InfluenceSim.Randomness;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>
/// The points of a sweep. Full factorial: every combination of the parameters' values (listed, or evenly spaced
/// over a range), the last parameter varying fastest. Latin hypercube (McKay, Beckman and Conover 1979): n points
/// where each parameter's range is cut into n equal strata and each stratum is sampled exactly once, the strata
/// paired at random across parameters; drawn from the sweep's seed, so the design is reproducible.
/// </summary>
public static class SweepDesign
{
    /// <summary>The most points one sweep may have (each is a folder of results).</summary>
    public const long MaxPoints = 100_000;

    /// <summary>The number of points, worked out without building them (saturating at <see cref="long.MaxValue"/>).</summary>
    public static long PointCount(SweepSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Design.Type == SweepDesigns.LatinHypercube) return spec.Design.Samples;
        long count = 1;
        foreach (var parameter in spec.Parameters)
        {
            long levels = parameter.Values?.Count ?? parameter.Steps;
            count = levels == 0 ? 0 : count > long.MaxValue / levels ? long.MaxValue : count * levels;
        }

        return count;
    }

    public static IReadOnlyList<SweepPoint> Points(SweepSpec spec, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Design.Type == SweepDesigns.LatinHypercube ? LatinHypercube(spec, seed) : Factorial(spec);
    }

    public static IReadOnlyList<JToken> LevelsOf(SweepParameterSpec parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (parameter.Values is { } values) return values;
        var (low, high) = (parameter.Range![0], parameter.Range[1]);
        return Enumerable.Range(0, parameter.Steps)
            .Select(i => Value(low + (high - low) * i / (parameter.Steps - 1), parameter.Integer))
            .ToList();
    }

    private static List<SweepPoint> Factorial(SweepSpec spec)
    {
        var levels = spec.Parameters.Select(LevelsOf).ToList();
        var combinations = new List<JToken[]> { Array.Empty<JToken>() };
        foreach (var parameterLevels in levels)
        {
            combinations = combinations.SelectMany(prefix => parameterLevels.Select(level => prefix.Append(level).ToArray())).ToList();
        }

        return combinations.Select((values, i) => new SweepPoint(i, values)).ToList();
    }

    private static List<SweepPoint> LatinHypercube(SweepSpec spec, ulong seed)
    {
        var samples = spec.Design.Samples;
        var random = new SimRandom(SimRandom.DeriveSeed(seed, 0x5EE9));
        var columns = spec.Parameters.Select(parameter =>
        {
            var strata = Enumerable.Range(0, samples).ToArray();
            random.Shuffle(strata);
            var (low, high) = (parameter.Range![0], parameter.Range[1]);
            return strata.Select(stratum => Value(low + (high - low) * (stratum + random.NextDouble()) / samples, parameter.Integer)).ToArray();
        }).ToList();
        return Enumerable.Range(0, samples).Select(i => new SweepPoint(i, columns.Select(c => c[i]).ToArray())).ToList();
    }

    private static JToken Value(double value, bool integer) => integer ? new JValue((long)Math.Round(value)) : new JValue(value);
}
