using InfluenceSim.Output;
using InfluenceSim.Simulation;

namespace InfluenceSim.Experiments;

/// <summary>
/// The key outcomes of one replicate, named for tables (outcomes.csv, sweep.csv, compare): final believers and
/// total exposures per narrative, the falsehood exposure share, each sponsor's share of voice and, with
/// moderation, its main totals.
/// </summary>
public static class RunOutcomes
{
    public const string FalsehoodExposureShare = "falsehood_exposure_share";

    public static IReadOnlyList<string> Names(SimulationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var names = new List<string>();
        names.AddRange(model.NarrativeIds.Select(id => $"final_believers.{id}"));
        names.AddRange(model.NarrativeIds.Select(id => $"exposures.{id}"));
        names.Add(FalsehoodExposureShare);
        names.AddRange(model.Sponsors.Select(s => $"share_of_voice.{s}"));
        if (model.HasModeration) names.AddRange(ModerationTotals);
        return names;
    }

    private static readonly string[] ModerationTotals =
        [Metrics.RemovedFalsehood, Metrics.RemovedOther, Metrics.BannedActorAccounts, Metrics.RecreatedAccounts];

    /// <summary>The outcomes of a replicate, in the order of <see cref="Names"/>.</summary>
    public static double[] Of(SimulationModel model, MetricsRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(recorder);
        var last = model.Steps;
        double Final(string metric, int narrative) => recorder.CumulativeAt(last, recorder.IndexOf(new SeriesKey(metric, narrative, -1, -1)));
        var narratives = Enumerable.Range(0, model.NarrativeIds.Length).ToArray();
        var exposures = narratives.Select(n => Final(Metrics.Exposures, n)).ToArray();
        var all = exposures.Sum();
        double ShareOf(Func<int, bool> which) => all == 0 ? 0 : narratives.Where(which).Sum(n => exposures[n]) / all;
        var values = new List<double>();
        values.AddRange(narratives.Select(n => Final(Metrics.Believers, n)));
        values.AddRange(exposures);
        values.Add(ShareOf(n => model.NarrativeFalsehood[n]));
        values.AddRange(Enumerable.Range(0, model.Sponsors.Length).Select(s => ShareOf(n => model.NarrativeSponsor[n] == s)));
        if (model.HasModeration) values.AddRange(ModerationTotals.Select(metric => Final(metric, -1)));
        return [.. values];
    }
}
