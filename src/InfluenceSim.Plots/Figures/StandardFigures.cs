using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// The figures made for every platform-model run: believers over time, belief states, believers by segment, final
/// believers, the falsehood exposure share, impressions and exposures by language and, with moderation, moderation
/// actions over time; and the cascade figures (<see cref="CascadeFigures"/>). Classic models get <see cref="ClassicFigures"/>. A narrative has its own colour everywhere.
/// </summary>
public static class StandardFigures
{
    public static IReadOnlyList<Figure> For(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Layout.Model != ScenarioModels.Platform) return ClassicFigures.For(results);
        var context = new Context(results);
        var figures = new List<Figure>
        {
            Believers(context),
            BeliefStates(context),
            BelieversBySegment(context),
            FinalBelievers(context),
            FalsehoodExposureShare(context),
            ImpressionsByLanguage(context),
        };
        if (results.Layout.HasModeration) figures.Add(ModerationActions(context));
        figures.AddRange(CascadeFigures.For(results.Summary));
        return figures.Where(f => !f.IsEmpty).ToArray();
    }

    /// <summary>What every figure of a run needs: the results, the time axis, the narratives' styles and the note on replicates.</summary>
    private sealed class Context(RunResults results)
    {
        public RunResults Results { get; } = results;

        public RunLayout Layout { get; } = results.Layout;

        public TimeAxis Time { get; } = new(results.Summary.StepHours, results.Summary.Steps);

        public IReadOnlyDictionary<string, SeriesStyle> Styles { get; } = Palette.Narratives(results.Layout.Narratives.Select(n => n.Id));

        public string Note => Results.Summary.Replicates > 1
            ? $"mean of {Results.Summary.Replicates} replicates, shaded: 95% interval of the mean"
            : "one replicate";

        public Line NarrativeLine(int narrative, SeriesKey key) =>
            Band.Of(Results.Series(key)).ToLine(Layout.Narratives[narrative].Id, Styles[Layout.Narratives[narrative].Id], Time.Values);
    }

    private static Figure Believers(Context c)
    {
        var lines = c.Layout.Narratives.Select((_, n) => c.NarrativeLine(n, new SeriesKey(MetricCatalogue.Believers, n))).ToArray();
        return new Figure("believers", "Believers of each narrative", $"Believers of each narrative over time ({c.Note}).",
            [new Panel("", c.Time.Axis(), new Axis("believers (agents)", Min: 0)) { Lines = lines }]) { Columns = 1 };
    }

    private static Figure BeliefStates(Context c)
    {
        var population = c.Layout.Population;
        var panels = c.Layout.Narratives.Select((narrative, n) =>
        {
            var aware = Band.Of(c.Results.Series(new SeriesKey(MetricCatalogue.Aware, n))).Mean;
            var believers = Band.Of(c.Results.Series(new SeriesKey(MetricCatalogue.Believers, n))).Mean;
            var unaware = aware.Select((a, i) => Math.Max(0, population - a - believers[i])).ToArray();
            return new Panel(narrative.Id, c.Time.Axis(), new Axis("agents", 0, population))
            {
                Areas =
                [
                    new AreaLayer("believers", Palette.Believer, c.Time.Values, believers),
                    new AreaLayer("aware, not believing", Palette.Aware, c.Time.Values, aware),
                    new AreaLayer("unaware", Palette.Unaware, c.Time.Values, unaware),
                ],
            };
        }).ToArray();
        return new Figure("belief-states", "Belief states of the population",
            $"Belief states of the whole population ({population:N0} agents) per narrative, means over {Numbers.Count(c.Results.Summary.Replicates, "replicate")}.", panels);
    }

    private static Figure BelieversBySegment(Context c)
    {
        var panels = c.Layout.Segments.Select((segment, s) => new Panel($"{segment} (own scale)", c.Time.Axis(), new Axis("believers", Min: 0))
        {
            Lines = c.Layout.Narratives.Select((_, n) => c.NarrativeLine(n, new SeriesKey(MetricCatalogue.Believers, n, s))).ToArray(),
        }).ToArray();
        return new Figure("believers-by-segment", "Believers by segment",
            $"Believers of each narrative in each segment; each panel has its own scale, and segments where no narrative has a believer are left out ({c.Note}).", panels);
    }

    private static Figure FinalBelievers(Context c)
    {
        var bars = c.Layout.Narratives.Select(n =>
        {
            var statistics = c.Results.Summary.Outcome(MetricCatalogue.Believers.OutcomeName(OutcomeStatistics.Final, n.Id));
            return new Bar(n.Id, statistics.Mean, statistics.Ci95Low, statistics.Ci95High, c.Styles[n.Id].Colour);
        }).ToArray();
        return new Figure("final-believers", "Believers at the end of the run",
            "Believers of each narrative at the end of the run: mean over replicates, error bars the 95% interval of the mean.",
            [new Panel("", new Axis("narrative"), new Axis("believers (agents)", Min: 0)) { Bars = [new BarGroup(null, Palette.Grey, bars)] }]) { Columns = 1 };
    }

    private static Figure FalsehoodExposureShare(Context c)
    {
        var layout = c.Layout;
        var cumulative = layout.Narratives.Select((_, n) => Band.Cumulative(c.Results.Series(new SeriesKey(MetricCatalogue.Exposures, n)))).ToArray();
        var shares = Enumerable.Range(0, c.Results.Recordings.Count).Select(r =>
            Enumerable.Range(0, c.Time.Steps + 1).Select(step =>
            {
                double all = 0, part = 0;
                for (var n = 0; n < layout.Narratives.Count; n++)
                {
                    all += cumulative[n][r][step];
                    if (layout.Narratives[n].Falsehood) part += cumulative[n][r][step];
                }

                return all == 0 ? double.NaN : part / all;
            }).ToArray()).ToArray();
        var line = Band.Of(shares, 0, 1).ToLine("falsehood exposure share", new SeriesStyle(Palette.Believer), c.Time.Values);
        return new Figure("falsehood-exposure-share", "Share of understood exposures that were falsehoods",
            $"Falsehood exposure share: of all understood exposures up to each time, the share to narratives marked falsehood ({c.Note}).",
            [new Panel("", c.Time.Axis(), new Axis("share of exposures so far", 0, 1)) { Lines = [line] }]) { Columns = 1 };
    }

    private static Figure ImpressionsByLanguage(Context c)
    {
        Bar BarOf(string prefix, string language, string colour)
        {
            var statistics = c.Results.Summary.Outcome(prefix + language);
            return new Bar(language, statistics.Mean, statistics.Ci95Low, statistics.Ci95High, colour);
        }

        var languages = c.Layout.Languages;
        return new Figure("impressions-by-language", "Impressions and exposures by language of the post",
            "Items read, by the language they were written in: the gap between impressions and exposures is the language barrier (error bars: 95% interval of the mean).",
            [new Panel("", new Axis("language of the post"), new Axis("items read (whole run)", Min: 0))
            {
                Bars =
                [
                    new BarGroup("impressions (read)", Palette.Grey, languages.Select(l => BarOf(RunOutcomes.ImpressionsByLanguagePrefix, l, Palette.Grey)).ToArray()),
                    new BarGroup("exposures (understood)", "#0072B2", languages.Select(l => BarOf(RunOutcomes.ExposuresByLanguagePrefix, l, "#0072B2")).ToArray()),
                ],
            }]) { Columns = 1 };
    }

    private static Figure ModerationActions(Context c)
    {
        var moderation = c.Layout.RecordedMetrics.Where(m => m.ModerationOnly).ToList();
        Line Cumulative(MetricDefinition metric)
        {
            var values = c.Results.Series(new SeriesKey(metric));
            var band = Band.Of(metric.IsFlow ? Band.Cumulative(values) : values);
            return band.ToLine(metric.Name.Replace('_', ' '), Palette.Indexed(moderation.IndexOf(metric)), c.Time.Values);
        }

        Panel PanelOf(string title, string unit, Func<MetricDefinition, bool> which) =>
            new(title, c.Time.Axis(), new Axis(unit, Min: 0)) { Lines = moderation.Where(which).Select(Cumulative).Where(l => l.Y.Any(v => v != 0)).ToArray() };

        return new Figure("moderation", "Moderation over time, all platforms",
            $"Moderation actions, cumulative, and the review backlog, all platforms; actions that never happened are left out, and each panel has its own scale ({c.Note}).",
            [
                PanelOf("Actions on cascades", "cascades (total so far)", m => m.IsFlow && m.Has(Slices.Narrative)),
                PanelOf("Actions on accounts", "accounts or cascades (total so far)", m => m.IsFlow && !m.Has(Slices.Narrative)),
                PanelOf("Review backlog", "items waiting", m => !m.IsFlow),
            ]) { Columns = 1 };
    }
}
