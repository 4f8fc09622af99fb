using InfluenceSim.Moderation;

namespace InfluenceSim.Tests.Moderation;

/// <summary>A post's treatment applies the label, the nudge and the circuit breaker, each only where it holds.</summary>
public class PostTreatmentTests
{
    private static readonly ModerationParameters Policy = new() { LabelCredibilityFactor = 0.5, LabelShareFactor = 0.4, NudgeFactor = 0.9, ThrottleFactor = 0.1 };

    [TestCase(false, false, 0.8, 0.2 * 0.9)]
    [TestCase(true, false, 0.4, 0.2 * 0.9 * 0.4)]
    [TestCase(false, true, 0.8, 0.2 * 0.9 * 0.1)]
    [TestCase(true, true, 0.4, 0.2 * 0.9 * 0.4 * 0.1)]
    public void TheFactorsApplyWhereTheyHold(bool labelled, bool throttled, double credibility, double share)
    {
        var treatment = new PostTreatment(Policy, labelled, throttled);
        Assert.That(treatment.Credibility(0.8), Is.EqualTo(credibility));
        Assert.That(treatment.ShareProbability(0.2), Is.EqualTo(share), "in the order nudge, label, throttle, to the last bit");
    }

    [Test]
    public void WithoutModerationNothingChanges()
    {
        var treatment = new PostTreatment(ModerationParameters.None, labelled: true, throttled: true);
        Assert.That((treatment.Credibility(0.7), treatment.ShareProbability(0.3)), Is.EqualTo((0.7, 0.3)));
    }
}
