namespace InfluenceSim.Metrics;

/// <summary>
/// Every metric InfluenceSim records, declared once. timeseries.csv, summary.json, outcomes.csv, the figures'
/// legends and the metric tables of docs/outputs.md follow from this list. To add a metric: declare it here, add it to
/// the metrics of the models that count it, and count it where it happens (<see cref="MetricCounters.For"/>).
/// </summary>
public static class MetricCatalogue
{
    private const Slices NarrativeSegment = Slices.Narrative | Slices.Segment;
    private const Slices Reads = Slices.Narrative | Slices.Segment | Slices.Platform | Slices.Language;
    private const Slices NarrativePlatform = Slices.Narrative | Slices.Platform;
    private const OutcomeStatistics FinalAndPeak = OutcomeStatistics.Final | OutcomeStatistics.Peak;

    public static readonly MetricDefinition Aware = new("aware", MetricKind.Stock, NarrativeSegment, "agents",
        "Agents who have understood a post of the narrative but do not believe it.");

    public static readonly MetricDefinition Believers = new("believers", MetricKind.Stock, NarrativeSegment, "agents",
        "Agents who believe the narrative.") { Outcomes = OutcomeStatistics.Final };

    public static readonly MetricDefinition Impressions = new("impressions", MetricKind.Flow, Reads, "items read",
        "Feed items of the narrative read, understood or not.");

    public static readonly MetricDefinition Exposures = new("exposures", MetricKind.Flow, Reads, "items read",
        "Impressions in a language the reader understands: the reads that can change a belief.") { Outcomes = OutcomeStatistics.Total };

    public static readonly MetricDefinition Posts = new("posts", MetricKind.Flow, NarrativePlatform, "posts",
        "Original posts, by actor accounts and by believing audience agents.");

    public static readonly MetricDefinition Reshares = new("reshares", MetricKind.Flow, NarrativePlatform, "reshares",
        "Reshares, by audience agents and by coordinating actor accounts.");

    public static readonly MetricDefinition Flagged = Moderation("flagged", NarrativePlatform, "cascades",
        "Cascades flagged for review, by the classifier, by reports or by the circuit breaker.");

    public static readonly MetricDefinition RemovedFalsehood = Moderation("removed_falsehood", NarrativePlatform, "cascades",
        "Cascades of falsehood narratives removed after review.");

    public static readonly MetricDefinition RemovedOther = Moderation("removed_other", NarrativePlatform, "cascades",
        "Cascades of other narratives removed after review (collateral).");

    public static readonly MetricDefinition Labelled = Moderation("labelled", NarrativePlatform, "cascades",
        "Cascades labelled misleading after review.");

    public static readonly MetricDefinition LabelledAccounts = Moderation("labelled_accounts", Slices.Platform, "accounts",
        "Actor accounts newly labelled state-affiliated after detection.");

    public static readonly MetricDefinition BannedActorAccounts = Moderation("banned_actor_accounts", Slices.Platform, "accounts",
        "Actor accounts banned (after detection or strikes).");

    public static readonly MetricDefinition BannedGenuineAccounts = Moderation("banned_genuine_accounts", Slices.Platform, "accounts",
        "Audience (genuine) accounts banned after strikes (collateral).");

    public static readonly MetricDefinition RecreatedAccounts = Moderation("recreated_accounts", Slices.Platform, "accounts",
        "Banned actor accounts that came back under a new name.");

    public static readonly MetricDefinition CircuitBreakerTrips = Moderation("circuit_breaker_trips", Slices.Platform, "cascades",
        "Cascades throttled by the circuit breaker.");

    public static readonly MetricDefinition ReviewBacklog = new("review_backlog", MetricKind.Stock, Slices.Platform, "items",
        "Flagged items waiting for review at the end of the step.") { ModerationOnly = true, Outcomes = OutcomeStatistics.Peak };

    public static readonly MetricDefinition Susceptible = new("susceptible", MetricKind.Stock, Slices.Segment, "nodes",
        "Nodes that can be infected.") { Outcomes = FinalAndPeak };

    public static readonly MetricDefinition Exposed = new("exposed", MetricKind.Stock, Slices.Segment, "nodes",
        "Nodes infected but not yet infectious (SEIR).") { Outcomes = FinalAndPeak };

    public static readonly MetricDefinition Infected = new("infected", MetricKind.Stock, Slices.Segment, "nodes",
        "Nodes infected (and infectious).") { Outcomes = FinalAndPeak };

    public static readonly MetricDefinition Removed = new("removed", MetricKind.Stock, Slices.Segment, "nodes",
        "Nodes recovered for good.") { Outcomes = FinalAndPeak };

    public static readonly MetricDefinition Active = new("active", MetricKind.Stock, Slices.Segment, "nodes",
        "Nodes activated (adopters).") { Outcomes = FinalAndPeak };

    public static readonly MetricDefinition Blocked = new("blocked", MetricKind.Stock, Slices.Segment, "nodes",
        "Nodes that never adopt (the Kertesz threshold model's immune nodes).") { Outcomes = OutcomeStatistics.Final };

    public static readonly MetricDefinition OpinionMean = new("opinion_mean", MetricKind.Stock, Slices.Segment, "opinion",
        "Mean opinion of the nodes (the binary models, voter to q-voter: the share holding opinion 1).")
    {
        Aggregate = Aggregate.MeanPerNode, Outcomes = FinalAndPeak, Maximum = 1,
    };

    public static readonly MetricDefinition OpinionSd = new("opinion_sd", MetricKind.Stock, Slices.None, "opinion",
        "Standard deviation of the opinions.") { Outcomes = FinalAndPeak, Maximum = 1 };

    public static readonly MetricDefinition Clusters = new("clusters", MetricKind.Stock, Slices.None, "clusters",
        "Opinion clusters holding at least 2% of the nodes (sorted opinions cut at gaps wider than epsilon / 2).") { Outcomes = FinalAndPeak };

    public static readonly MetricDefinition Quality = new("quality", MetricKind.Stock, Slices.None, "quality",
        "SimSoM's quality: the average quality of the messages in humans' feeds, smoothed over steps (rho on the past, from 1).")
    {
        Outcomes = OutcomeStatistics.Final, Maximum = 1,
    };

    public static readonly MetricDefinition RelativeQuality = new("relative_quality", MetricKind.Stock, Slices.None, "ratio",
        "Quality over the expected quality without bots (the mean quality of a human message).") { Outcomes = OutcomeStatistics.Final };

    public static readonly MetricDefinition Diversity = new("diversity", MetricKind.Stock, Slices.None, "nats",
        "Entropy of how the items in humans' feeds are shared among messages.") { Outcomes = OutcomeStatistics.Final };

    public static readonly MetricDefinition DiscriminativePower = new("discriminative_power", MetricKind.Stock, Slices.None, "tau",
        "Kendall's tau between all messages' quality and their shares by humans (SimSoM's ranking, ties in shares concordant).")
    {
        Outcomes = OutcomeStatistics.Final, Minimum = -1, Maximum = 1,
    };

    public static readonly MetricDefinition LowQualityExposure = new("low_quality_exposure", MetricKind.Stock, Slices.None, "share of views",
        "Share of all feed items humans have seen so far that were bots' messages (quality 0).") { Outcomes = OutcomeStatistics.Final, Maximum = 1 };

    public static readonly MetricDefinition Converged = new("converged", MetricKind.Stock, Slices.None, "0 or 1",
        "1 from the step at which SimSoM would have stopped: the smoothed quality changed by less than epsilon (relative).")
    {
        Outcomes = OutcomeStatistics.Final, Maximum = 1,
    };

    /// <summary>Every metric, in the order tables and files list them.</summary>
    public static readonly IReadOnlyList<MetricDefinition> All =
    [
        Aware, Believers, Impressions, Exposures, Posts, Reshares,
        Flagged, RemovedFalsehood, RemovedOther, Labelled,
        LabelledAccounts, BannedActorAccounts, BannedGenuineAccounts, RecreatedAccounts, CircuitBreakerTrips, ReviewBacklog,
        Susceptible, Exposed, Infected, Removed, Active, Blocked, OpinionMean, OpinionSd, Clusters,
        Quality, RelativeQuality, Diversity, DiscriminativePower, LowQualityExposure, Converged,
    ];

    /// <summary>The metrics the platform model counts.</summary>
    public static readonly IReadOnlyList<MetricDefinition> PlatformModel =
    [
        Aware, Believers, Impressions, Exposures, Posts, Reshares,
        Flagged, RemovedFalsehood, RemovedOther, Labelled,
        LabelledAccounts, BannedActorAccounts, BannedGenuineAccounts, RecreatedAccounts, CircuitBreakerTrips, ReviewBacklog,
    ];

    /// <summary>The metrics SimSoM counts.</summary>
    public static readonly IReadOnlyList<MetricDefinition> SimSoMModel = [Quality, RelativeQuality, Diversity, DiscriminativePower, LowQualityExposure, Converged];

    public static MetricDefinition Named(string name) =>
        All.FirstOrDefault(m => m.Name == name) ?? throw new ArgumentException($"no metric named '{name}'", nameof(name));

    private static MetricDefinition Moderation(string name, Slices slices, string unit, string meaning) =>
        new(name, MetricKind.Flow, slices, unit, meaning)
        {
            ModerationOnly = true,
            Outcomes = OutcomeStatistics.Total,
            TotalOverNarratives = (slices & Slices.Narrative) != 0,
        };
}
