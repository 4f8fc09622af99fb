using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Common;

/// <summary>What the command line says about a run: what runs, in a few words, and its main results.</summary>
internal static class RunText
{
    public static string Description(ISimulation simulation)
    {
        var layout = simulation.Layout;
        return layout.Model == ScenarioModels.Platform
            ? $"{Numbers.Count((int)layout.Population, "agent")}, {Numbers.Count(simulation.Steps, "step")} of {Numbers.Format(simulation.StepHours)} h"
            : $"{layout.Model} on {Numbers.Count((int)layout.Population, "node")}, {Numbers.Count(simulation.Steps, "step")}";
    }

    /// <summary>The final values (final_ outcomes) and, for the platform model, the falsehood exposure share.</summary>
    public static IEnumerable<string> Headline(RunSummary summary)
    {
        yield return "Final values (mean over replicates, 95% interval of the mean):";
        var shown = summary.Outcomes.Where(o => o.Key.StartsWith("final_", StringComparison.Ordinal) || o.Key == RunOutcomes.FalsehoodExposureShare).ToArray();
        var width = shown.Length == 0 ? 0 : shown.Max(o => o.Key.Length);
        foreach (var (name, statistics) in shown)
        {
            yield return $"  {name.PadRight(width)}  {Numbers.WithInterval(statistics.Mean, statistics.Ci95Low, statistics.Ci95High)}";
        }
    }
}
