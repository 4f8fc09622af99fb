namespace InfluenceSim.Scenarios;

/// <summary>
/// Settings given on the command line: values that replace the scenario's own, and whether the scenario may read
/// files (edge lists) outside its own folder. <paramref name="Logs"/> are added to the scenario's own;
/// <paramref name="CascadeReach"/> turns on the counting of cascades' unique readers.
/// </summary>
public sealed record ScenarioOverrides(long? Seed = null, int? Steps = null, int? Replicates = null, bool FilesOutsideFolder = false,
    IReadOnlyList<string>? Logs = null, bool CascadeReach = false)
{
    public static readonly ScenarioOverrides None = new();
}
