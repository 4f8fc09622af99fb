using InfluenceSim.Experiments;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// The sensitivity indices of a finished Sobol or Morris sweep: per outcome, a bar per parameter, sorted from the most
/// influential, with 95% error bars: first-order and total indices (Sobol), or mu* and sigma (Morris).
/// </summary>
public static class SensitivityFigure
{
    public const string Name = "sensitivity";

    /// <summary>The figure, or null when the sweep's design has no indices or some point is not finished.</summary>
    public static Figure? For(SweepResults sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var description = sweep.Description;
        if (!SensitivityAnalysis.Applies(description.Design) || sweep.Points.Count != description.Points.Count) return null;
        var outcomes = sweep.Points[0].Summary.Outcomes.Keys.ToArray();
        var summaries = sweep.Points.ToDictionary(p => p.Point.Index, p => p.Summary);
        var indices = SensitivityAnalysis.Of(description, outcomes, i => outcomes.Select(o => summaries[i].Outcome(o).Mean).ToArray());
        var sobol = description.Design == SweepDesigns.Sobol;
        var (main, second) = sobol ? ("total", "first_order") : ("mu_star", "sigma");
        var labels = Labels(description.Parameters);
        var panels = outcomes.Select(outcome =>
        {
            var ofOutcome = indices.Where(i => i.Outcome == outcome).ToArray();
            var order = ofOutcome.Where(i => i.Name == main).OrderByDescending(i => i.Value).Select(i => i.Parameter).ToArray();
            Bar BarOf(string parameter, string name, string colour)
            {
                var index = ofOutcome.Single(i => i.Parameter == parameter && i.Name == name);
                return new Bar(labels[parameter], index.Value, index.Low, index.High, colour);
            }

            var lowest = Math.Min(0, ofOutcome.Where(i => i.Name == main || i.Name == second).Select(i => double.IsFinite(i.Low) ? i.Low : 0).DefaultIfEmpty(0).Min());
            return new Panel(outcome, new Axis("parameter"), new Axis(sobol ? "share of variance" : "effect over the range", Min: lowest))
            {
                Bars =
                [
                    new BarGroup(sobol ? "total (S_T)" : "mu*", "#0072B2", order.Select(p => BarOf(p, main, "#0072B2")).ToArray()),
                    new BarGroup(sobol ? "first order (S)" : "sigma", "#E69F00", order.Select(p => BarOf(p, second, "#E69F00")).ToArray()),
                ],
            };
        }).ToArray();
        return new Figure(Name, sobol ? "Sobol sensitivity indices" : "Morris elementary effects",
            sobol
                ? $"Per outcome of the sweep '{description.Name}', each parameter's total and first-order Sobol indices (shares of the outcome's variance over the ranges), most influential first, with 95% bootstrap intervals; each panel has its own order."
                : $"Per outcome of the sweep '{description.Name}', each parameter's mu* (mean absolute effect of moving it over its whole range) and sigma (spread of the effects: non-linearity or interactions), with 95% bootstrap intervals.",
            panels) { Columns = 3, PanelHeight = 240 };
    }

    /// <summary>Each parameter's last path part ("postsPerDay"), or its last two where two parameters share the last.</summary>
    private static Dictionary<string, string> Labels(IReadOnlyList<string> paths)
    {
        static string Last(string path, int parts) => string.Join('.', path.Split('.').TakeLast(parts));
        var shared = paths.GroupBy(p => Last(p, 1)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return paths.Distinct().ToDictionary(p => p, p => shared.Contains(Last(p, 1)) ? Last(p, 2) : Last(p, 1));
    }
}
