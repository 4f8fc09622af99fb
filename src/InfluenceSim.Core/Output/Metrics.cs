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
    public const string Flagged = "flagged";
    public const string RemovedFalsehood = "removed_falsehood";
    public const string RemovedOther = "removed_other";
    public const string Labelled = "labelled";
    public const string LabelledAccounts = "labelled_accounts";
    public const string BannedActorAccounts = "banned_actor_accounts";
    public const string BannedGenuineAccounts = "banned_genuine_accounts";
    public const string RecreatedAccounts = "recreated_accounts";
    public const string CircuitBreakerTrips = "circuit_breaker_trips";
    public const string ReviewBacklog = "review_backlog";

    /// <summary>Moderation actions on cascades, counted by narrative and platform.</summary>
    public static readonly IReadOnlyList<string> ModeratedCascades = [Flagged, RemovedFalsehood, RemovedOther, Labelled];

    /// <summary>Moderation of accounts and the review backlog, counted by platform.</summary>
    public static readonly IReadOnlyList<string> ModeratedAccounts =
        [LabelledAccounts, BannedActorAccounts, BannedGenuineAccounts, RecreatedAccounts, CircuitBreakerTrips, ReviewBacklog];

    /// <summary>Metrics that count events in a step; the others are states at the end of the step.</summary>
    public static bool IsFlow(string metric) => metric is not (Aware or Believers or ReviewBacklog);
}
