using InfluenceSim.Experiments;
using InfluenceSim.Simulation;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Output;

/// <summary>
/// Builds summary.json from the replicates' recorders: per narrative (and segment) final and peak believers,
/// total impressions and exposures; the falsehood exposure share; share of voice per sponsor.
/// </summary>
public static class SummaryBuilder
{
    public static JObject Build(SimulationModel model, IReadOnlyList<MetricsRecorder> replicates)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(replicates);
        var last = model.Steps;
        var narratives = new JObject();
        var exposuresByNarrative = model.NarrativeIds.Select((_, n) => Totals(replicates, new SeriesKey(Metrics.Exposures, n, -1, -1), last)).ToArray();
        var allExposures = Enumerable.Range(0, replicates.Count).Select(r => exposuresByNarrative.Sum(e => e[r])).ToArray();
        for (var n = 0; n < model.NarrativeIds.Length; n++)
        {
            var segments = new JObject();
            for (var s = 0; s < model.SegmentIds.Length; s++)
            {
                segments[model.SegmentIds[s]] = new JObject
                {
                    ["finalBelievers"] = Stats(replicates, r => Final(r, new SeriesKey(Metrics.Believers, n, s, -1), last)),
                    ["peakBelievers"] = Stats(replicates, r => Peak(r, new SeriesKey(Metrics.Believers, n, s, -1), last)),
                };
            }

            var index = n;
            narratives[model.NarrativeIds[n]] = new JObject
            {
                ["sponsor"] = model.Sponsors[model.NarrativeSponsor[n]],
                ["falsehood"] = model.NarrativeFalsehood[n],
                ["finalBelievers"] = Stats(replicates, r => Final(r, new SeriesKey(Metrics.Believers, index, -1, -1), last)),
                ["peakBelievers"] = Stats(replicates, r => Peak(r, new SeriesKey(Metrics.Believers, index, -1, -1), last)),
                ["finalAware"] = Stats(replicates, r => Final(r, new SeriesKey(Metrics.Aware, index, -1, -1), last)),
                ["totalImpressions"] = Stats(replicates, r => Final(r, new SeriesKey(Metrics.Impressions, index, -1, -1), last)),
                ["totalExposures"] = SummaryStatistics.Of(exposuresByNarrative[n]).ToJson(),
                ["exposureShare"] = SummaryStatistics.Of(Shares(exposuresByNarrative[n], allExposures)).ToJson(),
                ["segments"] = segments,
            };
        }

        var outcomes = new OutcomeColumns(model, replicates);
        var voice = new JObject();
        foreach (var sponsor in model.Sponsors)
        {
            voice[sponsor] = SummaryStatistics.Of(outcomes[$"share_of_voice.{sponsor}"]).ToJson();
        }

        var summary = new JObject
        {
            ["scenario"] = model.Scenario.Name,
            ["replicates"] = replicates.Count,
            ["steps"] = model.Steps,
            ["stepHours"] = model.StepHours,
            ["agents"] = model.AgentCount,
            ["narratives"] = narratives,
            ["totalExposures"] = SummaryStatistics.Of(allExposures).ToJson(),
            ["falsehoodExposureShare"] = SummaryStatistics.Of(outcomes[RunOutcomes.FalsehoodExposureShare]).ToJson(),
            ["shareOfVoice"] = voice,
        };
        summary["languages"] = Languages(model, replicates);
        if (model.HasModeration) summary["moderation"] = Moderation(model, replicates, last);
        return summary;
    }

    /// <summary>Per language of the items read: impressions, exposures, and the share understood (the language barrier).</summary>
    private static JObject Languages(SimulationModel model, IReadOnlyList<MetricsRecorder> replicates)
    {
        var languages = new JObject();
        for (var l = 0; l < model.LanguageIds.Length; l++)
        {
            var language = l;
            languages[model.LanguageIds[l]] = new JObject
            {
                ["impressions"] = Stats(replicates, r => r.LanguageImpressions[language]),
                ["exposures"] = Stats(replicates, r => r.LanguageExposures[language]),
                ["understoodShare"] = Stats(replicates, r => r.LanguageImpressions[language] == 0 ? 0 : (double)r.LanguageExposures[language] / r.LanguageImpressions[language]),
            };
        }

        return languages;
    }

    /// <summary>Per moderation metric, the run's total (for the backlog: its peak and final size), over all platforms and per platform.</summary>
    private static JObject Moderation(SimulationModel model, IReadOnlyList<MetricsRecorder> replicates, int last)
    {
        JObject For(int platform)
        {
            var totals = new JObject();
            foreach (var metric in Metrics.ModeratedCascades.Concat(Metrics.ModeratedAccounts))
            {
                var key = new SeriesKey(metric, -1, -1, platform);
                if (metric == Metrics.ReviewBacklog)
                {
                    totals["peak_review_backlog"] = Stats(replicates, r => Peak(r, key, last));
                    totals["final_review_backlog"] = Stats(replicates, r => Final(r, key, last));
                }
                else
                {
                    totals[metric] = Stats(replicates, r => Final(r, key, last));
                }
            }

            return totals;
        }

        var platforms = new JObject();
        for (var p = 0; p < model.PlatformIds.Length; p++) platforms[model.PlatformIds[p]] = For(p);
        return new JObject { ["total"] = For(-1), ["platforms"] = platforms };
    }

    private static JObject Stats(IReadOnlyList<MetricsRecorder> replicates, Func<MetricsRecorder, double> value) =>
        SummaryStatistics.Of(replicates.Select(value).ToArray()).ToJson();

    private static double[] Totals(IReadOnlyList<MetricsRecorder> replicates, SeriesKey key, int last) =>
        replicates.Select(r => Final(r, key, last)).ToArray();

    private static double Final(MetricsRecorder recorder, SeriesKey key, int last) => recorder.CumulativeAt(last, recorder.IndexOf(key));

    private static double Peak(MetricsRecorder recorder, SeriesKey key, int last)
    {
        var series = recorder.IndexOf(key);
        long peak = 0;
        for (var step = 0; step <= last; step++) peak = Math.Max(peak, recorder.CumulativeAt(step, series));
        return peak;
    }

    /// <summary>Part over whole per replicate; 0 where the whole is 0 (nothing was understood).</summary>
    private static double[] Shares(double[] part, double[] whole) =>
        part.Select((p, r) => whole[r] == 0 ? 0 : p / whole[r]).ToArray();

    /// <summary>The replicates' key outcomes (<see cref="RunOutcomes"/>) by name.</summary>
    private sealed class OutcomeColumns(SimulationModel model, IReadOnlyList<MetricsRecorder> replicates)
    {
        private readonly List<string> _names = [.. RunOutcomes.Names(model)];
        private readonly double[][] _rows = replicates.Select(r => RunOutcomes.Of(model, r)).ToArray();

        public double[] this[string name] => _rows.Select(row => row[_names.IndexOf(name)]).ToArray();
    }
}
