namespace InfluenceSim.Moderation;

/// <summary>
/// What moderation does to an item as a reader meets it (<see cref="PlatformModerator.TreatmentOf"/>): a label lowers
/// its credibility and its resharing, a nudge lowers every resharing, the circuit breaker throttles a fast cascade.
/// The factors apply in that order, so that results do not depend on how they are grouped.
/// </summary>
public readonly struct PostTreatment(ModerationParameters policy, bool labelled, bool throttled)
{
    /// <summary>The credibility of the item's source to the reader, after its label.</summary>
    public double Credibility(double sourceCredibility) => sourceCredibility * (labelled ? policy.LabelCredibilityFactor : 1);

    /// <summary>The probability that a believer reshares the item, after the nudge, the label and the circuit breaker.</summary>
    public double ShareProbability(double probability)
    {
        var share = probability * policy.NudgeFactor * (labelled ? policy.LabelShareFactor : 1);
        return throttled ? share * policy.ThrottleFactor : share;
    }
}
