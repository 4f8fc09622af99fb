namespace InfluenceSim.Scenarios;

/// <summary>Run settings given on the command line that replace the scenario's own.</summary>
public sealed record ScenarioOverrides(long? Seed = null, int? Steps = null, int? Replicates = null)
{
    public static readonly ScenarioOverrides None = new();
}
