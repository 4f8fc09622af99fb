using InfluenceSim.Experiments;
using InfluenceSim.Metrics;

namespace InfluenceSim.Tests.Experiments;

public class ModerationPreventionTests
{
    private static readonly NarrativeInfo[] Narratives = [new("lie", "state", true), new("truth", "rok", false)];

    private static OutcomesTable Table(ulong[] seeds, double[] lieExposures, double[] removals, double[] otherRemovals, double[] genuineBans)
    {
        string[] names =
        [
            "exposures.lie", "exposures.truth", "removed_falsehood.lie", "removed_other.truth", "labelled.lie", "banned_actor_accounts", "banned_genuine_accounts",
        ];
        var rows = seeds.Select((_, i) => new[] { lieExposures[i], 500, removals[i], otherRemovals[i], 0, 0, genuineBans[i] }).ToArray();
        return new OutcomesTable(names, seeds.Select((_, i) => i).ToArray(), seeds, rows);
    }

    [Test]
    public void RatiosAreRatiosOfMeansAgainstThePairedBaseline()
    {
        ulong[] seeds = [1, 2, 3, 4];
        var baseline = Table(seeds, [1000, 1200, 900, 1100], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]);
        var strategy = Table(seeds, [600, 800, 500, 700], [10, 12, 8, 10], [1, 0, 1, 0], [0, 1, 0, 1]);
        var row = ModerationPrevention.Estimate([("none", baseline, Narratives), ("removal", strategy, Narratives)]).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Paired, Is.True);
            Assert.That(row.Prevented.Difference, Is.EqualTo(400));
            Assert.That(row.Prevented.DifferenceLow, Is.EqualTo(400), "every replicate prevented exactly 400: a paired interval of zero width");
            Assert.That(row.PerRemoval!.Value, Is.EqualTo(400 / 10.0));
            Assert.That(row.PerRemoval.Low, Is.InRange(400 / 12.0, 40.0));
            Assert.That(row.PerRemoval.High, Is.InRange(40.0, 400 / 8.0));
            Assert.That(row.PerLabel, Is.Null, "nothing was labelled");
            Assert.That(row.PerBan, Is.Null);
            Assert.That(row.Collateral.Mean, Is.EqualTo(1), "one other cascade or one genuine account per replicate");
            Assert.That(row.CollateralPerPrevented!.Value, Is.EqualTo(1 / 400.0));
        });
    }

    [Test]
    public void RunsWithOtherSeedsAreComparedUnpaired()
    {
        var baseline = Table([1, 2, 3], [1000, 1200, 900], [0, 0, 0], [0, 0, 0], [0, 0, 0]);
        var strategy = Table([7, 8, 9], [600, 800, 500], [10, 12, 8], [0, 0, 0], [0, 0, 0]);
        var row = ModerationPrevention.Estimate([("none", baseline, Narratives), ("removal", strategy, Narratives)]).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Paired, Is.False);
            Assert.That(row.Prevented.IsPaired, Is.False);
            Assert.That(row.Prevented.Difference, Is.EqualTo(1033.333333 - 633.333333).Within(1e-5));
            Assert.That(row.CollateralPerPrevented, Is.Null, "no collateral");
        });
    }

    [Test]
    public void NeedsAFalsehoodNarrative()
    {
        NarrativeInfo[] truths = [new("truth", "rok", false)];
        var table = Table([1, 2], [1, 2], [0, 0], [0, 0], [0, 0]);
        Assert.That(ModerationPrevention.Applies([("a", table, truths), ("b", table, truths)]), Is.False);
        Assert.That(ModerationPrevention.Applies([("a", table, Narratives), ("b", table, Narratives)]), Is.True);
    }
}
