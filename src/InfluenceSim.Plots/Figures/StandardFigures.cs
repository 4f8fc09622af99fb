using InfluenceSim.Output;
using InfluenceSim.Plots.Charts;
using InfluenceSim.Plots.Results;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// The figures made for every run: believers over time, belief states, believers by segment, final believers,
/// falsehood exposure share, impressions by language and, with moderation, moderation actions over time.
/// Narratives, segments and languages keep their palette colour (by scenario order) in every figure.
/// </summary>
public static class StandardFigures
{
    public static IReadOnlyList<Figure> For(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Model != "platform") return ClassicFigures.For(results);
        var time = new TimeAxis(results.StepHours, results.Steps);
        var figures = new List<Figure>
        {
            Believers(results, time),
            BeliefStates(results, time),
            BelieversBySegment(results, time),
            FinalBelievers(results),
            FalsehoodExposureShare(results, time),
            ImpressionsByLanguage(results),
        };
        if (results.HasModeration) figures.Add(ModerationActions(results, time));
        return figures;
    }

    private static string ReplicateNote(RunResults results) =>
        results.Replicates > 1 ? $"mean of {results.Replicates} replicates, shaded: 95% interval of the mean" : "one replicate";

    private static LineSeries NarrativeLine(RunResults results, TimeAxis time, int narrative, double[][] values)
    {
        var band = Band.Of(values);
        return new LineSeries(results.Narratives[narrative], Palette.Colour(narrative), time.Values(results.Steps), band.Mean,
            results.Replicates > 1 ? band.Low : null, results.Replicates > 1 ? band.High : null, Palette.Dash(narrative));
    }

    private static Figure Believers(RunResults results, TimeAxis time)
    {
        var series = results.Narratives.Select((id, n) => NarrativeLine(results, time, n, results.Series(Metrics.Believers, id))).ToList();
        var chart = new LineChart("Believers of each narrative", time.Label, "believers (agents)", series) { XScale = time.Scale(results.Steps) };
        return new Figure("believers", $"Believers of each narrative over time ({ReplicateNote(results)}).", chart.Render());
    }

    private static Figure BeliefStates(RunResults results, TimeAxis time)
    {
        var population = results.Summary.Value<double?>("agents") ?? 0;
        var x = time.Values(results.Steps);
        var panels = results.Narratives.Select(id =>
        {
            var aware = Band.Of(results.Series(Metrics.Aware, id)).Mean;
            var believers = Band.Of(results.Series(Metrics.Believers, id)).Mean;
            var unaware = aware.Select((a, i) => Math.Max(0, population - a - believers[i])).ToArray();
            IPanelChart chart = new StackedAreaChart(id, time.Label, "agents", x,
            [
                new StackedLayer("believers", Palette.Believer, believers),
                new StackedLayer("aware, not believing", Palette.Aware, aware),
                new StackedLayer("unaware", Palette.Unaware, unaware),
            ]) { XScale = time.Scale(results.Steps) };
            return (id, chart);
        }).ToList();
        var figure = new SmallMultiples("Belief states of the population", panels,
            [new LegendItem("believers", Palette.Believer, Filled: true), new LegendItem("aware, not believing", Palette.Aware, Filled: true),
             new LegendItem("unaware", Palette.Unaware, Filled: true)]);
        return new Figure("belief-states", $"Belief states of the whole population per narrative (means over {results.Replicates} replicate(s)).", figure.Render());
    }

    private static Figure BelieversBySegment(RunResults results, TimeAxis time)
    {
        var panels = results.Segments.Select(segment =>
        {
            var series = results.Narratives.Select((id, n) => NarrativeLine(results, time, n, results.Series(Metrics.Believers, id, segment))).ToList();
            IPanelChart chart = new LineChart(segment, time.Label, "believers", series) { XScale = time.Scale(results.Steps) };
            return (segment, chart);
        }).ToList();
        var legend = results.Narratives.Select((id, n) => new LegendItem(id, Palette.Colour(n), Palette.Dash(n))).ToList();
        var figure = new SmallMultiples("Believers by segment", panels, legend);
        return new Figure("believers-by-segment", $"Believers of each narrative in each segment; each panel has its own scale ({ReplicateNote(results)}).", figure.Render());
    }

    private static Figure FinalBelievers(RunResults results)
    {
        var narratives = results.Narratives.Select(id => results.Summary["narratives"]?[id]?["finalBelievers"] as JObject).ToList();
        var chart = new BarChart("Believers at the end of the run", "believers (agents)", results.Narratives.ToList(),
        [
            new BarGroup("final believers", Palette.Colour(0), narratives.Select(s => Mean(s)).ToList(),
                narratives.Select(s => IntervalEnd(s, 0)).ToList(), narratives.Select(s => IntervalEnd(s, 1)).ToList(),
                results.Narratives.Select((_, n) => Palette.Colour(n)).ToList()),
        ]);
        return new Figure("final-believers", "Believers of each narrative at the end of the run: mean over replicates, error bars the 95% interval of the mean.", chart.Render());
    }

    private static Figure FalsehoodExposureShare(RunResults results, TimeAxis time)
    {
        var falsehood = new double[results.Replicates][];
        for (var r = 0; r < results.Replicates; r++)
        {
            var all = new double[results.Steps + 1];
            var part = new double[results.Steps + 1];
            foreach (var id in results.Narratives)
            {
                var exposures = Band.Cumulative(results.Series(Metrics.Exposures, id))[r];
                for (var step = 0; step <= results.Steps; step++)
                {
                    all[step] += exposures[step];
                    if (results.FalsehoodNarratives.Contains(id)) part[step] += exposures[step];
                }
            }

            falsehood[r] = part.Select((p, step) => all[step] == 0 ? double.NaN : p / all[step]).ToArray();
        }

        var band = Band.Of(falsehood);
        var series = new LineSeries("falsehood exposure share", Palette.Colour(3), time.Values(results.Steps), band.Mean,
            results.Replicates > 1 ? band.Low : null, results.Replicates > 1 ? band.High : null);
        var chart = new LineChart("Share of understood exposures that were falsehoods", time.Label, "share of exposures so far", [series])
        {
            XScale = time.Scale(results.Steps),
        };
        return new Figure("falsehood-exposure-share", $"Falsehood exposure share: of all understood exposures up to each time, the share to narratives marked falsehood ({ReplicateNote(results)}).", chart.Render());
    }

    private static Figure ImpressionsByLanguage(RunResults results)
    {
        var languages = results.Languages.Select(l => results.Summary["languages"]?[l] as JObject).ToList();
        JObject? Part(JObject? language, string name) => language?[name] as JObject;
        var chart = new BarChart("Impressions and exposures by language of the post", "items read (whole run)", results.Languages.ToList(),
        [
            new BarGroup("impressions (read)", "#999999", languages.Select(l => Mean(Part(l, "impressions"))).ToList(),
                languages.Select(l => IntervalEnd(Part(l, "impressions"), 0)).ToList(), languages.Select(l => IntervalEnd(Part(l, "impressions"), 1)).ToList()),
            new BarGroup("exposures (understood)", Palette.Colour(0), languages.Select(l => Mean(Part(l, "exposures"))).ToList(),
                languages.Select(l => IntervalEnd(Part(l, "exposures"), 0)).ToList(), languages.Select(l => IntervalEnd(Part(l, "exposures"), 1)).ToList()),
        ]);
        return new Figure("impressions-by-language", "Items read, by the language they were written in: the gap between impressions and exposures is the language barrier (error bars: 95% interval of the mean).", chart.Render());
    }

    private static Figure ModerationActions(RunResults results, TimeAxis time)
    {
        var x = time.Values(results.Steps);
        LineSeries Cumulative(string metric, int colour)
        {
            var band = Band.Of(Band.Cumulative(results.Series(metric)));
            return new LineSeries(metric.Replace('_', ' '), Palette.Colour(colour), x, band.Mean,
                results.Replicates > 1 ? band.Low : null, results.Replicates > 1 ? band.High : null, Palette.Dash(colour));
        }

        var backlog = Band.Of(results.Series(Metrics.ReviewBacklog));
        var scale = time.Scale(results.Steps);
        IPanelChart cascades = new LineChart("", time.Label, "cascades (total so far)",
            [Cumulative(Metrics.Flagged, 0), Cumulative(Metrics.RemovedFalsehood, 1), Cumulative(Metrics.RemovedOther, 2), Cumulative(Metrics.Labelled, 3)])
        {
            XScale = scale,
        };
        IPanelChart accounts = new LineChart("", time.Label, "accounts (total so far)",
            [Cumulative(Metrics.BannedActorAccounts, 4), Cumulative(Metrics.RecreatedAccounts, 5), Cumulative(Metrics.BannedGenuineAccounts, 6),
             Cumulative(Metrics.LabelledAccounts, 7), Cumulative(Metrics.CircuitBreakerTrips, 8)])
        {
            XScale = scale,
        };
        IPanelChart queue = new LineChart("", time.Label, "items waiting",
            [new LineSeries("review backlog", "#444444", x, backlog.Mean, results.Replicates > 1 ? backlog.Low : null, results.Replicates > 1 ? backlog.High : null)])
        {
            XScale = scale,
        };
        var legend = new[]
        {
            Metrics.Flagged, Metrics.RemovedFalsehood, Metrics.RemovedOther, Metrics.Labelled, Metrics.BannedActorAccounts,
            Metrics.RecreatedAccounts, Metrics.BannedGenuineAccounts, Metrics.LabelledAccounts, Metrics.CircuitBreakerTrips,
        }.Select((m, i) => new LegendItem(m.Replace('_', ' '), Palette.Colour(i), Palette.Dash(i))).Append(new LegendItem("review backlog", "#444444")).ToList();
        var figure = new SmallMultiples("Moderation over time, all platforms",
            [("Actions on cascades", cascades), ("Actions on accounts", accounts), ("Review backlog", queue)], legend) { Columns = 1 };
        return new Figure("moderation", $"Moderation actions, cumulative, and the review backlog, all platforms ({ReplicateNote(results)}).", figure.Render());
    }

    private static double Mean(JObject? statistics) => statistics?.Value<double?>("mean") ?? 0;

    private static double IntervalEnd(JObject? statistics, int end) =>
        statistics?["ci95"] is JArray interval ? interval[end].Value<double>() : double.NaN;
}
