using InfluenceSim.Output;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Classic;

/// <summary>summary.json and the outcomes of a classic-model run: each metric's final and peak value over replicates.</summary>
public static class ClassicResults
{
    /// <summary>final_&lt;metric&gt; and peak_&lt;metric&gt; for every metric of the model, for everyone.</summary>
    public static IReadOnlyList<string> OutcomeNames(ClassicSimulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return simulation.Metrics.SelectMany(m => new[] { $"final_{m}", $"peak_{m}" }).ToArray();
    }

    public static double[] Outcomes(ClassicSimulation simulation, ClassicRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(recorder);
        return simulation.Metrics.SelectMany(m =>
        {
            var series = Index(recorder, m, -1);
            var values = Enumerable.Range(0, recorder.StepsRecorded).Select(step => recorder.ValueAt(step, series)).ToArray();
            return new[] { values[^1], values.Max() };
        }).ToArray();
    }

    public static JObject Summary(ClassicSimulation simulation, IReadOnlyList<ClassicRecorder> recorders)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(recorders);
        var outcomes = recorders.Select(r => Outcomes(simulation, r)).ToArray();
        var metrics = new JObject();
        for (var m = 0; m < simulation.Metrics.Count; m++)
        {
            var index = m;
            metrics[simulation.Metrics[m]] = new JObject
            {
                ["final"] = SummaryStatistics.Of(outcomes.Select(o => o[2 * index]).ToArray()).ToJson(),
                ["peak"] = SummaryStatistics.Of(outcomes.Select(o => o[2 * index + 1]).ToArray()).ToJson(),
            };
        }

        var segments = new JObject();
        for (var s = 0; s < simulation.SegmentIds.Count; s++)
        {
            var perSegment = new JObject();
            foreach (var metric in simulation.Metrics.Where(m => !ClassicMetrics.IsPopulationOnly(m)))
            {
                var segment = s;
                perSegment[metric] = new JObject
                {
                    ["final"] = SummaryStatistics.Of(recorders.Select(r => r.ValueAt(r.StepsRecorded - 1, Index(r, metric, segment))).ToArray()).ToJson(),
                };
            }

            segments[simulation.SegmentIds[s]] = perSegment;
        }

        return new JObject
        {
            ["scenario"] = simulation.Scenario.Name,
            ["model"] = simulation.Scenario.Model,
            ["replicates"] = recorders.Count,
            ["steps"] = simulation.Scenario.Steps,
            ["stepHours"] = simulation.Scenario.StepHours,
            ["agents"] = simulation.Nodes,
            ["metrics"] = metrics,
            ["segments"] = segments,
        };
    }

    private static int Index(ClassicRecorder recorder, string metric, int segment)
    {
        for (var i = 0; i < recorder.Series.Count; i++)
        {
            if (recorder.Series[i].Metric == metric && recorder.Series[i].Segment == segment) return i;
        }

        throw new ArgumentException($"no series {metric} for segment {segment}");
    }
}
