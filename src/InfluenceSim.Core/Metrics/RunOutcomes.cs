namespace InfluenceSim.Metrics;

/// <summary>
/// The key outcomes of a replicate, named for tables (outcomes.csv, sweep.csv, compare). Most follow from the
/// catalogue (<see cref="MetricDefinition.Outcomes"/>): final_believers.N, exposures.N, the moderation totals
/// (zero without moderation, so that comparisons keep them), final_ and peak_ of classic states. The platform model
/// adds three shares of understood exposures: to falsehoods, per sponsor (share of voice) and, per language of the
/// post, the share of impressions understood; and per language of the post, its impressions and exposures.
/// </summary>
public static class RunOutcomes
{
    public const string FalsehoodExposureShare = "falsehood_exposure_share";
    public const string ShareOfVoicePrefix = "share_of_voice.";
    public const string UnderstoodSharePrefix = "understood_share.";
    public const string ImpressionsByLanguagePrefix = "impressions_language.";
    public const string ExposuresByLanguagePrefix = "exposures_language.";

    public static IReadOnlyList<OutcomeDefinition> For(RunLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var outcomes = new List<OutcomeDefinition>();
        foreach (var metric in layout.Metrics)
        {
            foreach (var statistic in new[] { OutcomeStatistics.Final, OutcomeStatistics.Peak, OutcomeStatistics.Total })
            {
                if ((metric.Outcomes & statistic) == 0) continue;
                var narratives = metric.Has(Slices.Narrative) ? Enumerable.Range(0, layout.Narratives.Count) : [-1];
                foreach (var narrative in narratives)
                {
                    var key = new SeriesKey(metric, narrative);
                    var name = metric.OutcomeName(statistic, narrative < 0 ? null : layout.Narratives[narrative].Id);
                    var maximum = statistic == OutcomeStatistics.Total ? null : metric.Maximum;
                    outcomes.Add(new OutcomeDefinition(name, metric.Minimum, maximum, recording => Read(recording, key, statistic)));
                }
            }
        }

        if (layout.Metrics.Contains(MetricCatalogue.Exposures)) AddExposureShares(layout, outcomes);
        return outcomes;
    }

    /// <summary>A replicate's outcomes, in the order of <see cref="For"/>.</summary>
    public static double[] Of(IReadOnlyList<OutcomeDefinition> outcomes, SeriesRecording recording)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes.Select(o => o.Of(recording)).ToArray();
    }

    /// <summary>A metric not recorded in this run (moderation without moderation) has an outcome of 0.</summary>
    private static double Read(SeriesRecording recording, SeriesKey key, OutcomeStatistics statistic)
    {
        if (recording.Layout.IndexOf(key) < 0) return 0;
        return statistic == OutcomeStatistics.Peak ? recording.Peak(key) : recording.Final(key);
    }

    private static void AddExposureShares(RunLayout layout, List<OutcomeDefinition> outcomes)
    {
        double Exposures(SeriesRecording r, int narrative) => r.Final(new SeriesKey(MetricCatalogue.Exposures, narrative));
        double ShareOf(SeriesRecording r, Func<NarrativeInfo, bool> which)
        {
            double part = 0, all = 0;
            for (var n = 0; n < layout.Narratives.Count; n++)
            {
                var exposures = Exposures(r, n);
                all += exposures;
                if (which(layout.Narratives[n])) part += exposures;
            }

            return all == 0 ? 0 : part / all;
        }

        outcomes.Add(new OutcomeDefinition(FalsehoodExposureShare, 0, 1, r => ShareOf(r, n => n.Falsehood)));
        foreach (var sponsor in layout.Sponsors)
        {
            outcomes.Add(new OutcomeDefinition(ShareOfVoicePrefix + sponsor, 0, 1, r => ShareOf(r, n => n.Sponsor == sponsor)));
        }

        double InLanguage(SeriesRecording r, MetricDefinition metric, int language)
        {
            double total = 0;
            for (var n = 0; n < layout.Narratives.Count; n++) total += r.Final(new SeriesKey(metric, n, Language: language));
            return total;
        }

        for (var l = 0; l < layout.Languages.Count; l++)
        {
            var language = l;
            outcomes.Add(new OutcomeDefinition(ImpressionsByLanguagePrefix + layout.Languages[l], 0, null, r => InLanguage(r, MetricCatalogue.Impressions, language)));
            outcomes.Add(new OutcomeDefinition(ExposuresByLanguagePrefix + layout.Languages[l], 0, null, r => InLanguage(r, MetricCatalogue.Exposures, language)));
            outcomes.Add(new OutcomeDefinition(UnderstoodSharePrefix + layout.Languages[l], 0, 1, r =>
            {
                var impressions = InLanguage(r, MetricCatalogue.Impressions, language);
                return impressions == 0 ? 0 : InLanguage(r, MetricCatalogue.Exposures, language) / impressions;
            }));
        }
    }
}
