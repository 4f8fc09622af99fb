using InfluenceSim.Metrics;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Moderation;

/// <summary>
/// Each moderation lever on the tiny world of <see cref="TestScenarios.Certain"/>: 200 readers follow one state
/// account posting about 40 times a step; all read 5 items a step and believe on the first understood exposure.
/// </summary>
public class PlatformModeratorTests
{
    private static JObject Moderated(JObject moderation, Action<JObject>? edit = null)
    {
        var scenario = TestScenarios.Certain();
        scenario["actors"]![0]!["postsPerDay"] = 960;
        scenario["platforms"]![0]!["moderation"] = moderation;
        edit?.Invoke(scenario);
        return scenario;
    }

    private static World Run(JObject scenario, int steps) => TestScenarios.RunSteps(TestScenarios.Model(scenario), steps);

    /// <summary>Every agent of segment 0 believes the falsehood and writes about it at once; one strike bans; the actors are silent.</summary>
    private static World GenuineFalsehoodPostersBannedAtOnce(int steps) => Run(Moderated(JObject.Parse("""
        { "detection": { "recall": 1.0 }, "review": { "delayHours": 0 }, "strikes": { "enabled": true, "toBan": 1 } }
        """), s =>
    {
        s["segments"]![0]!["authorProbability"] = 1.0;
        s["segments"]![0]!["initialBelievers"] = new JObject { ["claim"] = 1.0 };
        s["actors"]![0]!["postsPerDay"] = 0;
    }), steps);

    private static long ActorPostsAt(World world, int step) =>
        world.Posts.All.ToArray().Count(p => p.Step == step && !p.IsReshare && p.Author >= world.Model.AgentCount);

    [Test]
    public void ImmediateRemovalOfEveryFlaggedFalsehoodLeavesNothingToRead()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "recall": 1.0 }, "review": { "delayHours": 0 }, "remove": { "enabled": true } }
            """)), 3);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Flagged)), Is.EqualTo(world.Counters.Total(new SeriesKey(MetricCatalogue.Posts))));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.EqualTo(world.Counters.Total(new SeriesKey(MetricCatalogue.Posts))));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedOther)), Is.Zero);
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Impressions)), Is.Zero, "every post was removed in the step it was made");
        });
    }

    [Test]
    public void FalsePositivesRemoveOtherPostsAndAreCountedAsCollateral()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "recall": 1.0, "falsePositiveRate": 1.0 }, "review": { "delayHours": 0 }, "remove": { "enabled": true } }
            """), s => s["narratives"]![0]!["falsehood"] = false), 3);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedOther)), Is.EqualTo(world.Counters.Total(new SeriesKey(MetricCatalogue.Posts))));
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.Zero);
    }

    [Test]
    public void ReviewCapacityLimitsRemovalsAndTheRestWaitsInTheBacklog()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "recall": 1.0 }, "review": { "delayHours": 0, "capacityPerHour": 10 }, "remove": { "enabled": true } }
            """)), 4);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.EqualTo(40), "10 an hour for 4 hours");
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.ReviewBacklog, Platform: 0)), Is.EqualTo(world.Counters.Total(new SeriesKey(MetricCatalogue.Posts)) - 40));
        });
    }

    [Test]
    public void UnusedReviewCapacityIsLostWhileItemsWait()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "recall": 1.0 }, "review": { "delayHours": 3, "capacityPerHour": 10 }, "remove": { "enabled": true } }
            """)), 4);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.EqualTo(10), "only step 3's capacity, none saved from steps 0 to 2");
    }

    [Test]
    public void FractionalReviewCapacityCarriesOver()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "recall": 1.0 }, "review": { "delayHours": 0, "capacityPerHour": 0.5 }, "remove": { "enabled": true } }
            """)), 4);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.EqualTo(2), "one review every two hours");
    }

    [Test]
    public void ReviewDelayKeepsFlaggedItemsWaiting()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "recall": 1.0 }, "review": { "delayHours": 3 }, "remove": { "enabled": true } }
            """)), 3);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.Zero, "nothing flagged in steps 0 to 2 is ready before step 3");
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.ReviewBacklog, Platform: 0)), Is.EqualTo(world.Counters.Total(new SeriesKey(MetricCatalogue.Posts))));
        world.Step();
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.EqualTo(ActorPostsAt(world, 0)), "step 0's posts are reviewed at step 3");
    }

    [Test]
    public void StateAffiliatedLabelsCutCredibility()
    {
        var world = Run(Moderated(JObject.Parse("""{ "label": { "stateAffiliated": true, "credibilityFactor": 0.5 } }"""), s =>
        {
            s["segments"]![0]!["size"] = 4000;
            s["actors"]![0]!["followers"]!["perAccount"] = 4000;
            s["platforms"]![0]!["feed"]!["readPerSession"] = 1;
        }), 2);
        // One exposure each with p = 1 x 0.5: Binomial(4000, 0.5), sd 31.6.
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(2000).Within(4 * 31.6));
    }

    [Test]
    public void MisleadingLabelsApplyAfterReview()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "recall": 1.0 }, "review": { "delayHours": 0 }, "label": { "misleading": true, "credibilityFactor": 0.0 } }
            """)), 3);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Labelled)), Is.EqualTo(world.Counters.Total(new SeriesKey(MetricCatalogue.Posts))));
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.Zero, "labelled items have no credibility left");
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Exposures)), Is.GreaterThan(0), "labels do not hide items");
    }

    [Test]
    public void StrikesBanTheAuthoringAccountAndHideItsPosts()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "recall": 1.0 }, "review": { "delayHours": 0 }, "strikes": { "enabled": true, "toBan": 3 } }
            """)), 4);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.BannedActorAccounts, Platform: 0)), Is.EqualTo(1));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Posts)), Is.EqualTo(ActorPostsAt(world, 0)), "the banned account posts no more");
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Impressions)), Is.Zero, "a banned account's posts are gone");
        });
    }

    [Test]
    public void StrikesBanGenuineUsersWhoPostFalsehoods()
    {
        var world = GenuineFalsehoodPostersBannedAtOnce(3);
        var posts = world.Posts.All.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(posts.Select(p => p.Author).Distinct().Count(), Is.EqualTo(200), "every believer wrote at step 0");
            Assert.That(posts.All(p => p.Step == 0), Is.True, "banned users write no more");
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.BannedGenuineAccounts, Platform: 0)), Is.EqualTo(200));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.BannedActorAccounts, Platform: 0)), Is.Zero);
        });
    }

    [Test]
    public void WhatABannedGenuineUserPostsIsHiddenThoughNotRemoved()
    {
        var world = GenuineFalsehoodPostersBannedAtOnce(1);
        var banned = world.Posts[0].Author;
        var byBanned = world.Posts.AddOriginal(banned, platform: 0, narrative: 0, language: 0, step: 1);
        var byActor = world.Posts.AddOriginal(world.ActorAccount(0, 0), platform: 0, narrative: 0, language: 0, step: 1);
        Assert.Multiple(() =>
        {
            Assert.That(world.Moderators[0].IsAudienceBanned(world.Platforms[0].LocalIndex[banned]), Is.True);
            Assert.That(world.Moderators[0].IsHidden(ref world.Posts[byBanned]), Is.True, "a banned account's items are hidden");
            Assert.That(world.Moderators[0].IsHidden(ref world.Posts[byActor]), Is.False, "the same item by an account in good standing is not");
        });
    }

    [Test]
    public void DetectedActorAccountsAreBannedAndComeBackUpToTheMaximum()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "accountDetectionPerHour": 1.0 }, "banActors": { "enabled": true } }
            """), s => s["actors"]![0]!["recreate"] = JObject.Parse("""{ "delayHours": 2, "followerRetention": 0.5, "max": 1 }""")), 5);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.BannedActorAccounts, Platform: 0)), Is.EqualTo(2), "banned at step 0, back at step 2, banned again");
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RecreatedAccounts, Platform: 0)), Is.EqualTo(1));
            Assert.That(world.Platforms[0].ActorFollowers(0).Length, Is.EqualTo(100), "half of 200 followers kept");
            Assert.That(world.Posts.All.ToArray().Select(p => p.Step).Distinct(), Is.EquivalentTo(new[] { 0, 2 }), "posting only while not banned");
        });
    }

    [Test]
    public void EvasionHidesAccountsFromDetection()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "accountDetectionPerHour": 1.0 }, "banActors": { "enabled": true } }
            """), s => s["actors"]![0]!["evasion"] = 1.0), 4);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.BannedActorAccounts, Platform: 0)), Is.Zero);
    }

    [Test]
    public void CounterMessengersAreNeverDetectedAsStateAccounts()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "detection": { "accountDetectionPerHour": 1.0 }, "banActors": { "enabled": true } }
            """), s => s["actors"]![0]!["kind"] = "counter"), 3);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.BannedActorAccounts, Platform: 0)), Is.Zero);
    }

    [Test]
    public void CircuitBreakerStopsACascadeJustPastItsThreshold()
    {
        var world = Run(Moderated(JObject.Parse("""
            { "circuitBreaker": { "enabled": true, "resharesPerHour": 1, "throttle": 0.0 }, "review": { "delayHours": 1000 } }
            """), s =>
        {
            s["segments"]![0]!["shareProbability"] = 1.0;
            s["network"] = new JObject { ["model"] = "erdos-renyi", ["avgFollows"] = 5 };
        }), 4);
        var posts = world.Posts.All.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.CircuitBreakerTrips, Platform: 0)), Is.GreaterThan(0));
            var tripped = posts.Where(p => p.IsReshare).GroupBy(p => p.Root)
                .Where(cascade => cascade.Count(p => p.Step == cascade.Min(q => q.Step)) > 1).ToArray();
            Assert.That(tripped, Is.Not.Empty);
            Assert.That(tripped.Select(cascade => cascade.Select(p => p.Step).Distinct().Count()), Is.All.EqualTo(1),
                "more than one reshare in an hour trips the breaker at the hour's end; throttle 0 stops every later reshare");
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Flagged)), Is.EqualTo(world.Counters.Total(new SeriesKey(MetricCatalogue.CircuitBreakerTrips, Platform: 0))), "tripped cascades go to review");
        });
    }

    [Test]
    public void AFullNudgeStopsAllResharing()
    {
        var world = Run(Moderated(JObject.Parse("""{ "nudge": { "enabled": true, "shareReduction": 1.0 } }"""),
            s => s["segments"]![0]!["shareProbability"] = 1.0), 3);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Reshares)), Is.Zero);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(200), "a nudge does not change belief");
    }

    [Test]
    public void DownRankedCascadesStopEnteringFeeds()
    {
        static long ResharesInFeeds(World world)
        {
            var feeds = world.Platforms[0].Feeds;
            long count = 0;
            for (var account = 0; account < world.Platforms[0].Members.Length; account++)
            {
                for (var sequence = Math.Max(0, feeds.End(account) - feeds.Size); sequence < feeds.End(account); sequence++)
                {
                    if (world.Posts[feeds.ItemAt(account, sequence)].IsReshare) count++;
                }
            }

            return count;
        }

        JObject Scenario(double strength) => Moderated(JObject.Parse($$"""
            { "detection": { "recall": 1.0 }, "review": { "delayHours": 0 }, "downrank": { "enabled": true, "strength": {{strength}} } }
            """), s =>
        {
            s["segments"]![0]!["shareProbability"] = 1.0;
            s["network"] = new JObject { ["model"] = "erdos-renyi", ["avgFollows"] = 5 };
        });
        Assert.That(ResharesInFeeds(Run(Scenario(1.0), 2)), Is.Zero);
        Assert.That(ResharesInFeeds(Run(Scenario(0.0), 2)), Is.GreaterThan(0));
    }

    [Test]
    public void ReadersWhoDoNotBelieveAFalsehoodReportIt()
    {
        var world = Run(Moderated(JObject.Parse("""{ "detection": { "reportRate": 1.0 }, "review": { "delayHours": 1000 } }"""),
            s => s["narratives"]![0]!["appeal"] = 0.0), 2);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Flagged)), Is.EqualTo(5), "everyone read the same 5 newest posts of step 0");
    }

    [TestCase(1, 0)]
    [TestCase(2, 200)]
    public void AnEventCanSwitchModerationOnMidRun(int atStep, int expectedBelievers)
    {
        var world = Run(Moderated(JObject.Parse("""{ "label": { "credibilityFactor": 0.0 } }"""), s =>
            s["events"] = JArray.Parse($$"""[ { "atStep": {{atStep}}, "set": { "platforms.p.moderation.label.stateAffiliated": true } } ]""")), 2);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(expectedBelievers), "step 1's reads meet the label only if it is on by then");
    }

    [Test]
    public void WhenAnEventShortensTheReviewDelayTheItemsWaitingFollowIt()
    {
        // Flags of steps 0 and 1 would wait 10 hours; from step 2 the delay is 1 hour, so at step 2 everything flagged
        // by step 1 is ready, and at step 3 step 2's flags too, not waiting behind older ones.
        var world = Run(Moderated(JObject.Parse("""{ "detection": { "recall": 1.0 }, "review": { "delayHours": 10 }, "remove": { "enabled": true } }"""),
            s => s["events"] = JArray.Parse("""[ { "atStep": 2, "set": { "platforms.p.moderation.review.delayHours": 1 } } ]""")), 3);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.EqualTo(ActorPostsAt(world, 0) + ActorPostsAt(world, 1)));
        world.Step();
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)),
            Is.EqualTo(ActorPostsAt(world, 0) + ActorPostsAt(world, 1) + ActorPostsAt(world, 2)), "step 2's flags are reviewed at step 3");
    }

    [Test]
    public void WhenAnEventLengthensTheReviewDelayTheItemsWaitingWaitLonger()
    {
        var world = Run(Moderated(JObject.Parse("""{ "detection": { "recall": 1.0 }, "review": { "delayHours": 2 }, "remove": { "enabled": true } }"""),
            s => s["events"] = JArray.Parse("""[ { "atStep": 1, "set": { "platforms.p.moderation.review.delayHours": 5 } } ]""")), 5);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.Zero, "step 0's flags now wait until step 5");
        world.Step();
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.RemovedFalsehood)), Is.EqualTo(ActorPostsAt(world, 0)));
    }
}
