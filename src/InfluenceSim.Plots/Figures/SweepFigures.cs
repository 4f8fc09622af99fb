using InfluenceSim.Experiments;
using InfluenceSim.Output;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// The figures of a sweep: every outcome against each numeric varied parameter, mean over a point's replicates with
/// its 95% interval (in a factorial design one line per combination of the other parameters; in a Latin hypercube
/// the points themselves), and, when exactly two numeric parameters vary in a factorial design, a heat map of each
/// outcome's mean over the two; for a finished Sobol or Morris design, the sensitivity indices
/// (<see cref="SensitivityFigure"/>). Parameters whose values are not numbers are not plotted. A parameter whose
/// values are at least 0 and whose positive values span at least <see cref="LogSpan"/> (as 1e-4 to 1e-1, or
/// 1 to 64) is drawn on a logarithmic axis, without its points at 0.
/// </summary>
public static class SweepFigures
{
    private const int SweepColumns = 3;
    private const int SweepPanelHeight = 240;
    private const double LogSpan = 50;

    public static IReadOnlyList<Figure> For(SweepResults sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var parameters = sweep.Description.Parameters;
        var numeric = Enumerable.Range(0, parameters.Count)
            .Where(p => sweep.Points.All(point => point.Point.Values[p].Type is JTokenType.Integer or JTokenType.Float)).ToArray();
        var outcomes = sweep.Points[0].Summary.Outcomes.Keys.ToArray();
        var factorial = sweep.Description.Design == SweepDesigns.Factorial;
        var figures = numeric.Select(p => AgainstParameter(sweep, p, outcomes, factorial)).ToList();
        if (factorial && numeric.Length == 2 && parameters.Count == 2) figures.Add(HeatMaps(sweep, outcomes));
        if (SensitivityFigure.For(sweep) is { } sensitivity) figures.Add(sensitivity);
        return figures.Where(f => !f.IsEmpty).ToArray();
    }

    private static double Value(SweepPoint point, int parameter) => point.Values[parameter].Value<double>();

    private static string Slug(string path) => new(path.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());

    private static Figure AgainstParameter(SweepResults sweep, int parameter, IReadOnlyList<string> outcomes, bool factorial)
    {
        var path = sweep.Description.Parameters[parameter];
        var others = Enumerable.Range(0, sweep.Description.Parameters.Count).Where(p => p != parameter).ToArray();
        string GroupOf(SweepPoint point) => factorial
            ? string.Join(", ", others.Select(p => $"{sweep.Description.Parameters[p]} = {Label(point.Values[p])}"))
            : "";
        var logarithmic = SpansDecades(sweep.Points.Select(p => Value(p.Point, parameter)).ToArray());
        double X(SweepPoint point) => logarithmic ? LogScale.Of(Value(point, parameter)) : Value(point, parameter);
        var drawn = sweep.Points.Where(p => !logarithmic || Value(p.Point, parameter) > 0).ToArray();
        var groups = drawn.GroupBy(p => GroupOf(p.Point)).ToArray();
        var axis = logarithmic ? LogScale.Axis(Short(path) + " (log scale)", drawn.Select(p => X(p.Point))) : new Axis(Short(path));
        var panels = outcomes.Select(outcome => new Panel(outcome, axis, new Axis(""))
        {
            Lines = groups.Select((group, g) =>
            {
                var ordered = group.OrderBy(p => Value(p.Point, parameter)).ToArray();
                var statistics = ordered.Select(p => p.Summary.Outcome(outcome)).ToArray();
                var hasInterval = statistics.All(s => s.Ci95Low is not null);
                return new Line(group.Key.Length > 0 ? group.Key : factorial ? outcome.Replace('_', ' ') : "sweep points", Palette.Indexed(g),
                    ordered.Select(p => X(p.Point)).ToArray(), statistics.Select(s => s.Mean).ToArray(),
                    hasInterval ? statistics.Select(s => s.Ci95Low!.Value).ToArray() : null,
                    hasInterval ? statistics.Select(s => s.Ci95High!.Value).ToArray() : null) { PointsOnly = !factorial };
            }).ToArray(),
        }).ToArray();
        var scale = logarithmic ? $" The axis of {path} is logarithmic; points at 0 are in sweep-summary.csv but not drawn." : "";
        return new Figure($"sweep-{Slug(path)}", $"Outcomes against {path}",
            $"Each outcome of the sweep '{sweep.Description.Name}' against {path}: mean over each point's replicates, shaded or barred: 95% interval of the mean; each panel has its own scale.{scale}",
            panels) { Columns = SweepColumns, PanelHeight = SweepPanelHeight };
    }

    /// <summary>Values all at least 0, with at least three positive ones whose largest is <see cref="LogSpan"/> times the smallest or more.</summary>
    private static bool SpansDecades(double[] values)
    {
        var positive = values.Where(v => v > 0).Distinct().ToArray();
        return values.All(v => v >= 0) && positive.Length >= 3 && positive.Max() >= LogSpan * positive.Min();
    }

    private static Figure HeatMaps(SweepResults sweep, IReadOnlyList<string> outcomes)
    {
        var (x, y) = (sweep.Description.Parameters[0], sweep.Description.Parameters[1]);
        var columns = sweep.Points.Select(p => Value(p.Point, 0)).Distinct().Order().ToArray();
        var rows = sweep.Points.Select(p => Value(p.Point, 1)).Distinct().Order().ToArray();
        var panels = outcomes.Select(outcome =>
        {
            var values = new double[rows.Length, columns.Length];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < columns.Length; c++) values[r, c] = double.NaN;
            }

            foreach (var (point, summary) in sweep.Points)
            {
                values[Array.IndexOf(rows, Value(point, 1)), Array.IndexOf(columns, Value(point, 0))] = summary.Outcome(outcome).Mean;
            }

            return new Panel(outcome, new Axis(Short(x)), new Axis(Short(y))) { Heatmap = new Heatmap(columns, rows, values, "") };
        }).ToArray();
        return new Figure("sweep-heatmap", $"Outcomes over {Short(x)} and {Short(y)}",
            $"Mean of each outcome over the replicates of each point of the sweep '{sweep.Description.Name}', by {x} (across) and {y} (up); each panel has its own colour scale.", panels)
        {
            PanelHeight = SweepPanelHeight,
        };
    }

    /// <summary>The last two parts of a dotted path ("languages.en" of "actors.rok-mofa.languages.en"), for axes.</summary>
    private static string Short(string path) => string.Join('.', path.Split('.').TakeLast(2));

    private static string Label(JToken value) => value.Type is JTokenType.Integer or JTokenType.Float
        ? Numbers.Format(value.Value<double>())
        : value.ToString(Formatting.None);
}
