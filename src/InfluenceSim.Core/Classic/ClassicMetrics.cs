namespace InfluenceSim.Classic;

/// <summary>The metric names of classic-model runs in timeseries.csv.</summary>
public static class ClassicMetrics
{
    public const string Susceptible = "susceptible";
    public const string Infected = "infected";
    public const string Removed = "removed";
    public const string Active = "active";
    public const string OpinionMean = "opinion_mean";
    public const string OpinionSd = "opinion_sd";
    public const string Clusters = "clusters";

    /// <summary>Metrics that are only recorded for the whole population, not per segment.</summary>
    public static bool IsPopulationOnly(string metric) => metric is OpinionSd or Clusters;
}
