using InfluenceSim.Randomness;
using MathNet.Numerics.Statistics;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>
/// Variance-based (Sobol) and elementary-effect (Morris) sensitivity indices of a sweep's outcomes, from the mean of
/// each point's replicates, each with a 95% percentile-bootstrap interval (resampling the base rows, or the
/// trajectories, from a fixed seed so the same sweep gives the same intervals).
/// <para>
/// Sobol, from the points of <see cref="SweepDesign.SobolRows"/> with f over A, B and each A_B^i and V the variance of
/// f over A and B together: first-order S_i = mean_j f(B)_j (f(A_B^i)_j - f(A)_j) / V (Saltelli et al. 2010) and total
/// S_Ti = mean_j (f(A)_j - f(A_B^i)_j)^2 / (2 V) (Jansen 1999). Morris: each step of a trajectory moves one parameter;
/// its elementary effect is the change of the outcome over the step's share of the parameter's range, so an effect
/// is "per whole range"; mu* is the mean of their absolute values (Campolongo et al. 2007), sigma their standard
/// deviation, mu their mean.
/// </para>
/// </summary>
public static class SensitivityAnalysis
{
    public const string FileName = "sensitivity.csv";
    public const string Header = "outcome,parameter,index,value,ci95_low,ci95_high";
    public const int BootstrapDraws = 1000;
    private const ulong BootstrapSeed = 0x5E45;

    /// <summary>One index of one parameter for one outcome.</summary>
    public sealed record Index(string Outcome, string Parameter, string Name, double Value, double Low, double High);

    /// <summary>The widest 95% half-width of the Sobol indices of the Ishigami function at N = 4,096 (measured by the tests): a guide before a sweep has run.</summary>
    public const double IshigamiHalfWidthAt4096 = 0.044;

    public static bool Applies(string design) => design is SweepDesigns.Sobol or SweepDesigns.Morris;

    /// <summary>
    /// The base sample (a power of two) that brings an interval of half-width <paramref name="halfWidth"/> at
    /// <paramref name="samples"/> down to <paramref name="target"/>: half-widths shrink as 1 / sqrt(N).
    /// </summary>
    public static long SamplesFor(double halfWidth, long samples, double target)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(target);
        var needed = Math.Max(2, samples * Math.Pow(halfWidth / target, 2));
        return 1L << (int)Math.Ceiling(Math.Log2(needed));
    }

    /// <summary>The indices of every outcome, when every point of the sweep has its value.</summary>
    /// <param name="description">The sweep.</param>
    /// <param name="outcomes">Outcome names, in order.</param>
    /// <param name="valueOf">Per point index, each outcome's value (the mean over the point's replicates).</param>
    public static IReadOnlyList<Index> Of(SweepDescription description, IReadOnlyList<string> outcomes, Func<int, double[]> valueOf)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(valueOf);
        var values = description.Points.Select(p => valueOf(p.Index)).ToArray();
        var indices = new List<Index>();
        for (var o = 0; o < outcomes.Count; o++)
        {
            var f = values.Select(v => v[o]).ToArray();
            var perParameter = description.Design == SweepDesigns.Sobol
                ? Sobol(f, description.Parameters.Count)
                : Morris(f, description);
            for (var p = 0; p < description.Parameters.Count; p++)
            {
                indices.AddRange(perParameter[p].Select(i => new Index(outcomes[o], description.Parameters[p], i.Name, i.Value, i.Low, i.High)));
            }
        }

        return indices;
    }

    /// <summary>Reads a sweep's sensitivity.csv back, its columns by name.</summary>
    public static IReadOnlyList<Index> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) throw new InvalidDataException($"{path}: empty, expected the header {Header}");
        var columns = Output.Csv.Columns(lines[0], path, "outcome", "parameter", "index", "value", "ci95_low", "ci95_high");
        return lines.Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            var cells = Output.Csv.Cells(line);
            double Number(int column) => double.Parse(cells[columns[column]], System.Globalization.CultureInfo.InvariantCulture);
            return new Index(cells[columns[0]], cells[columns[1]], cells[columns[2]], Number(3), Number(4), Number(5));
        }).ToList();
    }

    public static IEnumerable<string> CsvLines(IReadOnlyList<Index> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        yield return Header;
        foreach (var i in indices)
        {
            yield return Output.Csv.Row([Output.Csv.Cell(i.Outcome), Output.Csv.Cell(i.Parameter), i.Name, Output.Csv.Cell(i.Value), Output.Csv.Cell(i.Low), Output.Csv.Cell(i.High)]);
        }
    }

    /// <summary>First-order and total indices per parameter, from f over A, B and each A_B^i, N rows each.</summary>
    public static (string Name, double Value, double Low, double High)[][] Sobol(double[] f, int parameters)
    {
        ArgumentNullException.ThrowIfNull(f);
        var n = f.Length / (parameters + 2);
        if (n * (parameters + 2) != f.Length || n < 2) throw new ArgumentException($"a sobol design has N (k + 2) points with N >= 2; got {f.Length} for k = {parameters}", nameof(f));
        double Of(int block, int row) => f[block * n + row];
        (double First, double Total) Estimate(int parameter, int[] rows)
        {
            var pooled = rows.Select(j => Of(0, j)).Concat(rows.Select(j => Of(1, j))).ToArray();
            var variance = pooled.PopulationVariance();
            if (variance <= 0) return (0, 0);
            double first = 0, total = 0;
            foreach (var j in rows)
            {
                var (a, b, ab) = (Of(0, j), Of(1, j), Of(2 + parameter, j));
                first += b * (ab - a);
                total += (a - ab) * (a - ab);
            }

            return (first / rows.Length / variance, total / (2.0 * rows.Length) / variance);
        }

        var all = Enumerable.Range(0, n).ToArray();
        return Enumerable.Range(0, parameters).Select(p =>
        {
            var (first, total) = Estimate(p, all);
            var draws = Bootstrap(n, rows => Estimate(p, rows));
            return new[]
            {
                ("first_order", first, Percentile(draws.Select(d => d.First), 0.025), Percentile(draws.Select(d => d.First), 0.975)),
                ("total", total, Percentile(draws.Select(d => d.Total), 0.025), Percentile(draws.Select(d => d.Total), 0.975)),
            };
        }).ToArray();
    }

    /// <summary>mu*, sigma and mu per parameter from the trajectories of a Morris design.</summary>
    private static (string Name, double Value, double Low, double High)[][] Morris(double[] f, SweepDescription description)
    {
        var parameters = description.Parameters.Count;
        var ranges = description.Ranges ?? throw new InvalidDataException("a morris sweep's sweep.json has no parameter ranges");
        var effects = new List<(int Parameter, double Effect)>[description.Points.Count / (parameters + 1)];
        for (var t = 0; t < effects.Length; t++)
        {
            effects[t] = [];
            for (var step = 0; step < parameters; step++)
            {
                var (before, after) = (description.Points[t * (parameters + 1) + step], description.Points[t * (parameters + 1) + step + 1]);
                // One parameter moves a step; rounding a whole-number parameter can leave it where it was, and then the step says nothing.
                var moved = Enumerable.Range(0, parameters).FirstOrDefault(p => !JToken.DeepEquals(before.Values[p], after.Values[p]), -1);
                if (moved < 0) continue;
                var width = ranges[moved]![1] - ranges[moved]![0];
                var share = (after.Values[moved].ToObject<double>() - before.Values[moved].ToObject<double>()) / width;
                var index = t * (parameters + 1) + step;
                effects[t].Add((moved, (f[index + 1] - f[index]) / share));
            }
        }

        (double MuStar, double Sigma, double Mu) Estimate(int parameter, int[] trajectories)
        {
            var values = trajectories.SelectMany(t => effects[t].Where(e => e.Parameter == parameter).Select(e => e.Effect)).ToArray();
            if (values.Length == 0) return (double.NaN, double.NaN, double.NaN);
            return (values.Select(Math.Abs).Average(), values.Length > 1 ? values.StandardDeviation() : 0, values.Average());
        }

        var all = Enumerable.Range(0, effects.Length).ToArray();
        return Enumerable.Range(0, parameters).Select(p =>
        {
            var (muStar, sigma, mu) = Estimate(p, all);
            var draws = Bootstrap(effects.Length, rows => Estimate(p, rows));
            return new[]
            {
                ("mu_star", muStar, Percentile(draws.Select(d => d.MuStar), 0.025), Percentile(draws.Select(d => d.MuStar), 0.975)),
                ("sigma", sigma, Percentile(draws.Select(d => d.Sigma), 0.025), Percentile(draws.Select(d => d.Sigma), 0.975)),
                ("mu", mu, Percentile(draws.Select(d => d.Mu), 0.025), Percentile(draws.Select(d => d.Mu), 0.975)),
            };
        }).ToArray();
    }

    private static T[] Bootstrap<T>(int count, Func<int[], T> estimate)
    {
        var random = new SimRandom(BootstrapSeed);
        var draws = new T[BootstrapDraws];
        var rows = new int[count];
        for (var d = 0; d < BootstrapDraws; d++)
        {
            for (var i = 0; i < count; i++) rows[i] = random.Next(count);
            draws[d] = estimate(rows);
        }

        return draws;
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : SortedArrayStatistics.Quantile(sorted, p);
    }
}
