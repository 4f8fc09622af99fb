using InfluenceSim.Scenarios;

namespace InfluenceSim.Moderation;

/// <summary>One platform's moderation policy, converted to steps and factors for the step loop.</summary>
public sealed class ModerationParameters
{
    public ModerationParameters(ModerationSpec spec, double stepHours)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Recall = spec.Detection.Recall;
        FalsePositiveRate = spec.Detection.FalsePositiveRate;
        ReportRate = spec.Detection.ReportRate;
        AccountDetectionPerStep = 1 - Math.Pow(1 - spec.Detection.AccountDetectionPerHour, stepHours);
        ReviewDelaySteps = (int)Math.Ceiling(spec.Review.DelayHours / stepHours - 1e-9);
        ReviewCapacityPerStep = spec.Review.CapacityPerHour * stepHours;
        LabelStateAffiliated = spec.Label.StateAffiliated;
        LabelMisleading = spec.Label.Misleading;
        LabelCredibilityFactor = spec.Label.CredibilityFactor;
        LabelShareFactor = spec.Label.ShareFactor;
        DownrankStrength = spec.Downrank.Enabled ? spec.Downrank.Strength : 0;
        Remove = spec.Remove.Enabled;
        StrikesToBan = spec.Strikes.Enabled ? spec.Strikes.ToBan : int.MaxValue;
        BanActors = spec.BanActors.Enabled;
        CircuitBreakerResharesPerStep = spec.CircuitBreaker.Enabled ? spec.CircuitBreaker.ResharesPerHour * stepHours : double.PositiveInfinity;
        ThrottleFactor = spec.CircuitBreaker.Throttle;
        NudgeFactor = spec.Nudge.Enabled ? 1 - spec.Nudge.ShareReduction : 1;
    }

    public double Recall { get; }

    public double FalsePositiveRate { get; }

    public double ReportRate { get; }

    public double AccountDetectionPerStep { get; }

    public int ReviewDelaySteps { get; }

    public double ReviewCapacityPerStep { get; }

    public bool LabelStateAffiliated { get; }

    public bool LabelMisleading { get; }

    public double LabelCredibilityFactor { get; }

    public double LabelShareFactor { get; }

    /// <summary>0 when down-ranking is off.</summary>
    public double DownrankStrength { get; }

    public bool Remove { get; }

    /// <summary>int.MaxValue when strikes are off.</summary>
    public int StrikesToBan { get; }

    public bool BanActors { get; }

    /// <summary>Infinity when the circuit breaker is off.</summary>
    public double CircuitBreakerResharesPerStep { get; }

    public double ThrottleFactor { get; }

    /// <summary>Factor on every share probability: 1 without a nudge.</summary>
    public double NudgeFactor { get; }

    /// <summary>True when the policy can act on anything; a platform without moderation skips the moderation phase.</summary>
    public bool IsActive =>
        Recall > 0 || FalsePositiveRate > 0 || ReportRate > 0 || AccountDetectionPerStep > 0 || LabelStateAffiliated ||
        !double.IsPositiveInfinity(CircuitBreakerResharesPerStep) || NudgeFactor < 1;
}
