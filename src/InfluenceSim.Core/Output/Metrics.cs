namespace InfluenceSim.Output;

/// <summary>The metric names of timeseries.csv (MODEL.md section 7).</summary>
public static class Metrics
{
    public const string Aware = "aware";
    public const string Believers = "believers";
    public const string Impressions = "impressions";
    public const string Exposures = "exposures";
    public const string Posts = "posts";
    public const string Reshares = "reshares";

    /// <summary>Metrics that count events in a step; the others are states at the end of the step.</summary>
    public static bool IsFlow(string metric) => metric is Impressions or Exposures or Posts or Reshares;
}
