namespace InfluenceSim.Scenarios;

/// <summary>A platform's moderation policy (MODEL.md section 5). Every action is off unless enabled.</summary>
public sealed class ModerationSpec
{
    [Field("How items come to be flagged for review, and state and proxy accounts found.")]
    public DetectionSpec Detection { get; set; } = new();
    [Field("How flagged items are reviewed.")]
    public ReviewSpec Review { get; set; } = new();
    [Field("Labels on accounts and posts.")]
    public LabelSpec Label { get; set; } = new();
    [Field("Reviewed cascades reach fewer feeds and rank lower.")]
    public DownrankSpec Downrank { get; set; } = new();
    [Field("Reviewed flagged cascades are removed from every feed.")]
    public RemoveSpec Remove { get; set; } = new();
    [Field("Strikes for reviewed flagged posts, and bans after enough of them.")]
    public StrikesSpec Strikes { get; set; } = new();
    [Field("Detected state and proxy accounts are banned.")]
    public BanActorsSpec BanActors { get; set; } = new();
    [Field("Cascades reshared faster than a threshold are throttled until review.")]
    public CircuitBreakerSpec CircuitBreaker { get; set; } = new();
    [Field("A prompt before sharing that lowers everyone's share probability.")]
    public NudgeSpec Nudge { get; set; } = new();
}

/// <summary>How items come to be flagged for review, and how state and proxy accounts are found.</summary>
public sealed class DetectionSpec
{
    [Field("Share of new falsehood posts the content classifier flags.", Min = 0, Max = 1, Lever = "classifier recall", LeverStep = 0.05)]
    public double Recall { get; set; }
    [Field("Share of other new posts the classifier flags by mistake.", Min = 0, Max = 1)]
    public double FalsePositiveRate { get; set; }
    [Field("Probability that a reader who understands a falsehood post and does not believe it reports it.", Min = 0, Max = 1, Lever = "report rate", LeverMax = 0.05, LeverStep = 0.001)]
    public double ReportRate { get; set; }
    [Field("Probability per hour that a state or proxy account is found, times 1 - the actor's evasion.", Min = 0, Max = 1, Lever = "account detection per hour", LeverMax = 0.2, LeverStep = 0.005)]
    public double AccountDetectionPerHour { get; set; }
}

public sealed class ReviewSpec
{
    [Field("Hours a flagged item waits before it can be reviewed (rounded up to whole steps).", Min = 0, Unit = "hours", Lever = "review delay (hours)", LeverMax = 48, LeverStep = 0.5)]
    public double DelayHours { get; set; } = 24;
    [Field("Items reviewed per hour at most; the rest wait in the backlog.", Min = 0, Unit = "items per hour", Lever = "reviews per hour", LeverMax = 1000, LeverStep = 10)]
    public double CapacityPerHour { get; set; } = 1000;
}

public sealed class LabelSpec
{
    [Field("Label the accounts of state media, and of proxies once detected.", Lever = "label state-affiliated")]
    public bool StateAffiliated { get; set; }
    [Field("Label reviewed flagged posts as misleading.", Lever = "label misleading")]
    public bool Misleading { get; set; }
    [Field("Factor on the credibility of a labelled item.", Min = 0, Max = 1)]
    public double CredibilityFactor { get; set; } = 0.5;
    [Field("Factor on the probability of resharing a labelled item.", Min = 0, Max = 1)]
    public double ShareFactor { get; set; } = 0.5;
}

public sealed class DownrankSpec
{
    [Field("Down-rank reviewed flagged cascades.", Lever = "down-rank flagged cascades")]
    public bool Enabled { get; set; }
    [Field("Share of a reviewed item's further pushes that never enter a feed, and the cut in its engagement score.", Min = 0, Max = 1, Lever = "down-rank strength", LeverStep = 0.05)]
    public double Strength { get; set; } = 0.5;
}

public sealed class RemoveSpec
{
    [Field("Remove reviewed flagged cascades from every feed.", Lever = "remove flagged cascades")]
    public bool Enabled { get; set; }
}

public sealed class BanActorsSpec
{
    [Field("Ban detected state and proxy accounts.", Lever = "ban detected actor accounts")]
    public bool Enabled { get; set; }
}

public sealed class StrikesSpec
{
    [Field("Give strikes and ban.", Lever = "strikes and bans")]
    public bool Enabled { get; set; }
    [Field("Strikes (reviewed flagged posts) after which an account is banned.", Min = 1)]
    public int ToBan { get; set; } = 3;
}

public sealed class CircuitBreakerSpec
{
    [Field("Throttle fast cascades until review.", Lever = "circuit breaker")]
    public bool Enabled { get; set; }
    [Field("Reshares per hour of a cascade above which it is throttled and sent to review.", Above = 0, Lever = "circuit breaker: reshares per hour", LeverMax = 200, LeverStep = 1)]
    public double ResharesPerHour { get; set; } = 50;
    [Field("Factor on the share probability of a throttled cascade.", Min = 0, Max = 1)]
    public double Throttle { get; set; } = 0.1;
}

public sealed class NudgeSpec
{
    [Field("Nudge users before they share.", Lever = "nudge before sharing")]
    public bool Enabled { get; set; }
    [Field("Fraction by which every user's share probability on the platform falls.", Min = 0, Max = 1, Lever = "nudge: share reduction", LeverStep = 0.05)]
    public double ShareReduction { get; set; } = 0.1;
}

/// <summary>How an actor's banned accounts come back under new names.</summary>
public sealed class RecreateSpec
{
    [Field("Hours after a ban before the account comes back (at least one step).", Min = 0, Unit = "hours", Lever = "hours before a re-created account", LeverMax = 168, LeverStep = 1)]
    public double DelayHours { get; set; } = 48;
    [Field("Share of the banned account's followers that follow the new one.", Min = 0, Max = 1)]
    public double FollowerRetention { get; set; } = 0.2;
    [Field("Times each account may come back (per platform); 0: banned accounts stay gone.", Min = 0, Lever = "re-creations after a ban (per account)", LeverMax = 50, LeverStep = 1)]
    public int Max { get; set; }
}
