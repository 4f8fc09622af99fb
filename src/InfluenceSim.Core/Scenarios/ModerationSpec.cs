namespace InfluenceSim.Scenarios;

/// <summary>A platform's moderation policy (MODEL.md section 5). Every action is off unless enabled.</summary>
public sealed class ModerationSpec
{
    public DetectionSpec Detection { get; set; } = new();
    public ReviewSpec Review { get; set; } = new();
    public LabelSpec Label { get; set; } = new();
    public DownrankSpec Downrank { get; set; } = new();
    public SwitchSpec Remove { get; set; } = new();
    public StrikesSpec Strikes { get; set; } = new();
    public SwitchSpec BanActors { get; set; } = new();
    public CircuitBreakerSpec CircuitBreaker { get; set; } = new();
    public NudgeSpec Nudge { get; set; } = new();
}

/// <summary>How items come to be flagged for review, and how state and proxy accounts are found.</summary>
public sealed class DetectionSpec
{
    /// <summary>Share of new falsehood posts the content classifier flags.</summary>
    public double Recall { get; set; }
    /// <summary>Share of other new posts the classifier flags by mistake.</summary>
    public double FalsePositiveRate { get; set; }
    /// <summary>Probability that a reader who understands a falsehood post and does not believe it reports it.</summary>
    public double ReportRate { get; set; }
    /// <summary>Probability per hour that a state or proxy account is found, before the actor's evasion.</summary>
    public double AccountDetectionPerHour { get; set; }
}

public sealed class ReviewSpec
{
    /// <summary>Hours a flagged item waits before it can be reviewed (rounded up to whole steps).</summary>
    public double DelayHours { get; set; } = 24;
    /// <summary>Items reviewed per hour at most; the rest wait in the backlog.</summary>
    public double CapacityPerHour { get; set; } = 1000;
}

public sealed class LabelSpec
{
    /// <summary>Label the accounts of known state media, and proxies once detected.</summary>
    public bool StateAffiliated { get; set; }
    /// <summary>Label reviewed flagged posts as misleading.</summary>
    public bool Misleading { get; set; }
    /// <summary>Factor on the credibility of a labelled item.</summary>
    public double CredibilityFactor { get; set; } = 0.5;
    /// <summary>Factor on the probability of resharing a labelled item.</summary>
    public double ShareFactor { get; set; } = 0.5;
}

public sealed class DownrankSpec
{
    public bool Enabled { get; set; }
    /// <summary>Share of a reviewed item's further pushes that never enter a feed, and the cut in its engagement score.</summary>
    public double Strength { get; set; } = 0.5;
}

public sealed class SwitchSpec
{
    public bool Enabled { get; set; }
}

public sealed class StrikesSpec
{
    public bool Enabled { get; set; }
    /// <summary>Strikes (reviewed flagged posts) after which an account is banned.</summary>
    public int ToBan { get; set; } = 3;
}

public sealed class CircuitBreakerSpec
{
    public bool Enabled { get; set; }
    /// <summary>Reshares per hour of a cascade above which it is throttled and sent to review.</summary>
    public double ResharesPerHour { get; set; } = 50;
    /// <summary>Factor on the share probability of a throttled cascade.</summary>
    public double Throttle { get; set; } = 0.1;
}

public sealed class NudgeSpec
{
    public bool Enabled { get; set; }
    /// <summary>Fraction by which every user's share probability on the platform falls.</summary>
    public double ShareReduction { get; set; } = 0.1;
}

/// <summary>How an actor's banned accounts come back under new names.</summary>
public sealed class RecreateSpec
{
    public double DelayHours { get; set; } = 48;
    /// <summary>Share of the banned account's followers that follow the new one.</summary>
    public double FollowerRetention { get; set; } = 0.2;
    /// <summary>Times each account may come back; 0 means banned accounts stay gone.</summary>
    public int Max { get; set; }
}
