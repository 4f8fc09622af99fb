using InfluenceSim.Randomness;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>
/// The points of a sweep. Full factorial: every combination of the parameters' values (listed, or evenly spaced
/// over a range), the last parameter varying fastest. Latin hypercube (McKay, Beckman and Conover 1979): n points
/// where each parameter's range is cut into n equal strata and each stratum is sampled exactly once, the strata
/// paired at random across parameters; drawn from the sweep's seed, so the design is reproducible. Sobol (Saltelli et
/// al. 2010): matrices A and B of N rows from a scrambled Sobol sequence in 2k dimensions, then for each parameter i
/// the matrix A with its column i from B; points in that order (A, B, A_B^1, ..., A_B^k), N (k + 2) of them.
/// Morris (1991): r trajectories on a grid of p levels, each from a random base point moving one parameter at a time
/// by p / (2 (p - 1)) of its range in a random order, r (k + 1) points.
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
        if (spec.Design.Type == SweepDesigns.Sobol) return (long)spec.Design.Samples * (spec.Parameters.Count + 2);
        if (spec.Design.Type == SweepDesigns.Morris) return (long)spec.Design.Trajectories * (spec.Parameters.Count + 1);
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
        return spec.Design.Type switch
        {
            SweepDesigns.LatinHypercube => LatinHypercube(spec, seed),
            SweepDesigns.Sobol => Scaled(spec, SobolRows(spec.Parameters.Count, spec.Design.Samples, seed)),
            SweepDesigns.Morris => Scaled(spec, MorrisRows(spec.Parameters.Count, spec.Design.Trajectories, spec.Design.Levels, seed)),
            _ => Factorial(spec),
        };
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

    /// <summary>Saltelli's rows in the unit cube: A, B, then A with column i from B for each i.</summary>
    public static double[][] SobolRows(int parameters, int samples, ulong seed)
    {
        var sequence = new Randomness.SobolSequence(2 * parameters, SimRandom.DeriveSeed(seed, 0x5A17));
        var draws = Enumerable.Range(0, samples).Select(_ => sequence.Next()).ToArray();
        var a = draws.Select(d => d[..parameters]).ToArray();
        var b = draws.Select(d => d[parameters..]).ToArray();
        var rows = new List<double[]>(samples * (parameters + 2));
        rows.AddRange(a);
        rows.AddRange(b);
        for (var i = 0; i < parameters; i++)
        {
            rows.AddRange(a.Select((row, j) =>
            {
                var mixed = (double[])row.Clone();
                mixed[i] = b[j][i];
                return mixed;
            }));
        }

        return [.. rows];
    }

    /// <summary>The step of a Morris trajectory, as a share of each range: p / (2 (p - 1)).</summary>
    public static double MorrisStep(int levels) => levels / (2.0 * (levels - 1));

    /// <summary>Morris trajectories in the unit cube: from a base on the grid's lower half, one parameter up by the step at a time.</summary>
    public static double[][] MorrisRows(int parameters, int trajectories, int levels, ulong seed)
    {
        var random = new SimRandom(SimRandom.DeriveSeed(seed, 0x3022));
        var step = MorrisStep(levels);
        var rows = new List<double[]>(trajectories * (parameters + 1));
        for (var t = 0; t < trajectories; t++)
        {
            var point = Enumerable.Range(0, parameters).Select(_ => random.Next(levels / 2) / (levels - 1.0)).ToArray();
            rows.Add((double[])point.Clone());
            var order = Enumerable.Range(0, parameters).ToArray();
            random.Shuffle(order);
            foreach (var parameter in order)
            {
                point[parameter] += step;
                rows.Add((double[])point.Clone());
            }
        }

        return [.. rows];
    }

    private static List<SweepPoint> Scaled(SweepSpec spec, double[][] unitRows) =>
        unitRows.Select((row, i) => new SweepPoint(i, spec.Parameters.Select((parameter, p) =>
        {
            var (low, high) = (parameter.Range![0], parameter.Range[1]);
            return Value(low + (high - low) * row[p], parameter.Integer);
        }).ToArray())).ToList();

    private static JValue Value(double value, bool integer) => integer ? new JValue((long)Math.Round(value)) : new JValue(value);
}
