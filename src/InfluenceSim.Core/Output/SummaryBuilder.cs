using InfluenceSim.Metrics;

namespace InfluenceSim.Output;

/// <summary>
/// Builds the typed run summary from the replicates' recordings: every outcome and every recorded series over
/// replicates (stocks: final and peak; flows: total), intervals clipped to the range each quantity can take.
/// </summary>
public static class SummaryBuilder
{
    /// <param name="scenario">The scenario's name.</param>
    /// <param name="description">The scenario's description.</param>
    /// <param name="stepHours">Hours per step.</param>
    /// <param name="recordings">The replicates, in replicate order; at least one.</param>
    public static RunSummary Build(string scenario, string description, double stepHours, IReadOnlyList<SeriesRecording> recordings)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        if (recordings.Count == 0) throw new ArgumentException("no replicates", nameof(recordings));
        var layout = recordings[0].Layout;
        var outcomes = RunOutcomes.For(layout);
        var values = recordings.Select(r => RunOutcomes.Of(outcomes, r)).ToArray();
        var outcomeStatistics = new Dictionary<string, SummaryStatistics>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            outcomeStatistics[outcomes[i].Name] = SummaryStatistics.Of(values.Select(v => v[i]).ToArray(), outcomes[i].Minimum, outcomes[i].Maximum);
        }

        return new RunSummary
        {
            Scenario = scenario,
            Description = description,
            Model = layout.Model,
            Replicates = recordings.Count,
            Steps = recordings[0].LastStep,
            StepHours = stepHours,
            Agents = layout.Population,
            Moderation = layout.HasModeration,
            Narratives = layout.Narratives,
            Segments = layout.Segments.Select((id, s) => new SegmentInfo(id, layout.SegmentSizes[s])).ToArray(),
            Platforms = layout.Platforms,
            Languages = layout.Languages,
            Outcomes = outcomeStatistics,
            Series = layout.Series.Select(key => Summarise(layout, key, recordings)).ToArray(),
            Cascades = CascadeSummary.Of(layout, recordings),
        };
    }

    private static SeriesSummary Summarise(RunLayout layout, SeriesKey key, IReadOnlyList<SeriesRecording> recordings)
    {
        var metric = key.Metric;
        SummaryStatistics Over(Func<SeriesRecording, double> value, double? maximum) =>
            SummaryStatistics.Of(recordings.Select(value).ToArray(), metric.Minimum, maximum);
        return new SeriesSummary(metric.Name,
            layout.NameOf(Slices.Narrative, key.Narrative), layout.NameOf(Slices.Segment, key.Segment),
            layout.NameOf(Slices.Platform, key.Platform), layout.NameOf(Slices.Language, key.Language),
            metric.IsFlow ? null : Over(r => r.Final(key), metric.Maximum),
            metric.IsFlow ? null : Over(r => r.Peak(key), metric.Maximum),
            metric.IsFlow ? Over(r => r.Final(key), null) : null);
    }
}
