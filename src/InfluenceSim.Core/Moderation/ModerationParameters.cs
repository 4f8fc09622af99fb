namespace InfluenceSim.Moderation;

/// <summary>One platform's moderation policy during a step, in steps and factors for the step loop.</summary>
public sealed record ModerationParameters
{
    /// <summary>No moderation at all.</summary>
    public static readonly ModerationParameters None = new();

    /// <summary>Probability that the classifier flags a new falsehood post.</summary>
    public double Recall { get; init; }

    /// <summary>Probability that the classifier flags a new post of any other narrative.</summary>
    public double FalsePositiveRate { get; init; }

    /// <summary>Probability that a reader who understood a falsehood and does not believe it reports it.</summary>
    public double ReportRate { get; init; }

    public double AccountDetectionPerStep { get; init; }

    /// <summary>Steps between a flag and the earliest review.</summary>
    public int ReviewDelaySteps { get; init; }

    public double ReviewCapacityPerStep { get; init; } = double.PositiveInfinity;

    public bool LabelStateAffiliated { get; init; }

    public bool LabelMisleading { get; init; }

    public double LabelCredibilityFactor { get; init; } = 1;

    public double LabelShareFactor { get; init; } = 1;

    /// <summary>0 when down-ranking is off.</summary>
    public double DownrankStrength { get; init; }

    public bool Remove { get; init; }

    /// <summary>int.MaxValue when strikes are off.</summary>
    public int StrikesToBan { get; init; } = int.MaxValue;

    public bool BanActors { get; init; }

    /// <summary>Infinity when the circuit breaker is off.</summary>
    public double CircuitBreakerResharesPerStep { get; init; } = double.PositiveInfinity;

    public double ThrottleFactor { get; init; } = 1;

    /// <summary>Factor on every share probability: 1 without a nudge.</summary>
    public double NudgeFactor { get; init; } = 1;

    /// <summary>True when the policy can act on anything; a platform without moderation skips the moderation phase.</summary>
    public bool IsActive =>
        Recall > 0 || FalsePositiveRate > 0 || ReportRate > 0 || AccountDetectionPerStep > 0 || LabelStateAffiliated ||
        !double.IsPositiveInfinity(CircuitBreakerResharesPerStep) || NudgeFactor < 1;
}
