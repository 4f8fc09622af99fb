namespace InfluenceSim.Scenarios;

/// <summary>The logs a platform-model run can write beside its results (the scenario's "logs", or run --log).</summary>
public static class LogKinds
{
    /// <summary>One row per post and reshare (posts/replicate-NNNN.parquet).</summary>
    public const string Posts = "posts";

    /// <summary>One row per cascade with its measures (cascades/replicate-NNNN.parquet).</summary>
    public const string Cascades = "cascades";

    public static readonly IReadOnlyList<string> All = [Posts, Cascades];
}
