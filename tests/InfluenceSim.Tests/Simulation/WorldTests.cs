using InfluenceSim.Metrics;
using InfluenceSim.Beliefs;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Simulation;

/// <summary>
/// The step schedule on tiny worlds whose outcome can be worked out by hand. In <see cref="TestScenarios.Certain"/>
/// 200 readers follow one state account that posts about 40 times a step; everyone reads 5 items every step and
/// believes on the first understood exposure.
/// </summary>
public class WorldTests
{
    private static JObject Certain()
    {
        var scenario = TestScenarios.Certain();
        scenario["actors"]![0]!["postsPerDay"] = 960;
        return scenario;
    }

    [Test]
    public void PostsBecomeReadableTheStepAfterTheyArePosted()
    {
        var world = TestScenarios.RunSteps(TestScenarios.Model(Certain()), 1);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Posts)), Is.GreaterThan(0));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Impressions)), Is.Zero);
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.Zero);
        });
    }

    [Test]
    public void CertainAdoptionMakesEveryFollowerABelieverOnTheFirstRead()
    {
        var world = TestScenarios.RunSteps(TestScenarios.Model(Certain()), 2);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(200));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Aware)), Is.Zero);
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Impressions)), Is.EqualTo(200 * 5));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Exposures)), Is.EqualTo(200 * 5));
        });
    }

    [Test]
    public void PostsInALanguageTheReaderDoesNotSpeakMakeImpressionsButNoExposures()
    {
        var scenario = Certain();
        scenario["actors"]![0]!["languages"] = new JObject { ["ko"] = 1.0 };
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 4);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Impressions)), Is.EqualTo(200 * 5 * 3));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Exposures)), Is.Zero);
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Aware)) + world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.Zero);
        });
    }

    [Test]
    public void ThresholdDelaysAdoptionUntilEnoughExposures()
    {
        var scenario = Certain();
        scenario["platforms"]![0]!["feed"]!["readPerSession"] = 1;
        scenario["beliefs"]!["threshold"] = 3;
        var model = TestScenarios.Model(scenario);
        var afterTwoReads = TestScenarios.RunSteps(model, 3);
        var afterThreeReads = TestScenarios.RunSteps(model, 4);
        Assert.Multiple(() =>
        {
            Assert.That(afterTwoReads.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.Zero);
            Assert.That(afterTwoReads.Counters.Total(new SeriesKey(MetricCatalogue.Aware)), Is.EqualTo(200));
            Assert.That(afterThreeReads.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(200));
        });
    }

    [Test]
    public void AdoptionProbabilityIsAppealTimesCredibilityTimesOneMinusSkepticism()
    {
        var scenario = Certain();
        scenario["segments"]![0]!["size"] = 4000;
        scenario["segments"]![0]!["skepticism"] = 0.5;
        scenario["narratives"]![0]!["appeal"] = 0.6;
        scenario["actors"]![0]!["credibility"] = 0.5;
        scenario["actors"]![0]!["followers"]!["perAccount"] = 4000;
        scenario["platforms"]![0]!["feed"]!["readPerSession"] = 1;
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 2);
        // One exposure each with p = 0.6 x 0.5 x 0.5 = 0.15: Binomial(4000, 0.15) has mean 600 and sd 22.6.
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(600).Within(4 * 22.6));
    }

    [Test]
    public void EntrenchmentInAnOpposedBeliefBlocksAdoption()
    {
        var scenario = WithOpposedBelief(entrenchment: 1.0);
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 4);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers, 0, 0)), Is.Zero, "nobody adopts the claim");
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers, 1, 0)), Is.EqualTo(200));
        });
    }

    [Test]
    public void AdoptingANarrativeDropsBeliefInTheOnesItOpposes()
    {
        var scenario = WithOpposedBelief(entrenchment: 0.0);
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 2);
        Assert.Multiple(() =>
        {
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers, 0, 0)), Is.EqualTo(200));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers, 1, 0)), Is.Zero);
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Aware, 1, 0)), Is.EqualTo(200));
            Assert.That(world.BeliefOf(17, 1), Is.EqualTo(BeliefState.Aware));
        });
    }

    private static JObject WithOpposedBelief(double entrenchment)
    {
        var scenario = Certain();
        scenario["narratives"]![0]!["opposes"] = new JArray("truth");
        ((JArray)scenario["narratives"]!).Add(new JObject { ["id"] = "truth", ["sponsor"] = "other" });
        scenario["segments"]![0]!["initialBelievers"] = new JObject { ["truth"] = 1.0 };
        scenario["beliefs"]!["entrenchment"] = entrenchment;
        return scenario;
    }

    [Test]
    public void InitialBelieversAreTheRoundedFractionOfTheSegment()
    {
        var scenario = Certain();
        scenario["segments"]![0]!["initialBelievers"] = new JObject { ["claim"] = 0.253 };
        var world = WorldBuilder.Build(TestScenarios.Model(scenario), 0);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(51));
    }

    [Test]
    public void CertainForgettingTurnsEveryBelieverAwareInOneStep()
    {
        var scenario = Certain();
        scenario["actors"]![0]!["postsPerDay"] = 0;
        scenario["segments"]![0]!["initialBelievers"] = new JObject { ["claim"] = 1.0 };
        scenario["beliefs"]!["forgetting"] = 1.0;
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 1);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.Zero);
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Aware)), Is.EqualTo(200));
    }

    [Test]
    public void ForgettingRemovesTheExpectedShareOfBelievers()
    {
        var scenario = Certain();
        scenario["actors"]![0]!["postsPerDay"] = 0;
        scenario["segments"]![0]!["size"] = 10_000;
        scenario["segments"]![0]!["initialBelievers"] = new JObject { ["claim"] = 1.0 };
        scenario["beliefs"]!["forgetting"] = 0.1;
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 1);
        // Binomial(10000, 0.1) forgetters: mean 1000, sd 30.
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Aware)), Is.EqualTo(1000).Within(4 * 30));
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Believers)) + world.Counters.Total(new SeriesKey(MetricCatalogue.Aware)), Is.EqualTo(10_000));
    }

    [Test]
    public void SessionsFollowTheActivityProbability()
    {
        var scenario = Certain();
        scenario["segments"]![0]!["size"] = 5000;
        scenario["segments"]![0]!["activity"] = 0.3;
        scenario["actors"]![0]!["followers"]!["perAccount"] = 5000;
        scenario["narratives"]![0]!["appeal"] = 0.0;
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 2);
        // Step 1: Binomial(5000, 0.3) readers (mean 1500, sd 32.4) each read 5 items.
        Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Impressions)), Is.EqualTo(5 * 1500).Within(5 * 4 * 32.4));
    }

    [Test]
    public void ActivityPerHourCompoundsOverLongerSteps()
    {
        var scenario = Certain();
        scenario["stepHours"] = 2;
        scenario["segments"]![0]!["activity"] = 0.1;
        var model = TestScenarios.Model(scenario);
        Assert.That(model.ParametersAt(0).Activity[0], Is.EqualTo(1 - 0.9 * 0.9).Within(1e-12));
    }

    [Test]
    public void BelieversReshareWhatTheyReadAndCascadesKeepTheirOriginal()
    {
        var scenario = Certain();
        scenario["segments"]![0]!["shareProbability"] = 1.0;
        scenario["network"] = new JObject { ["model"] = "erdos-renyi", ["avgFollows"] = 5 };
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 2);
        var posts = world.Posts.All.ToArray();
        var reshares = posts.Where(p => p.IsReshare).ToArray();
        Assert.Multiple(() =>
        {
            // Everyone believes on the first read and reshares every read: one reshare per exposure.
            Assert.That(reshares.Length, Is.EqualTo(world.Counters.Total(new SeriesKey(MetricCatalogue.Exposures))));
            Assert.That(world.Counters.Total(new SeriesKey(MetricCatalogue.Reshares)), Is.EqualTo(reshares.Length));
            Assert.That(reshares.All(r => !posts[r.Root].IsReshare && posts[r.Root].Author >= world.Model.AgentCount), Is.True);
            Assert.That(reshares.All(r => posts[r.Parent].Root == r.Root), Is.True);
        });
    }

    [Test]
    public void BelieversAuthorPostsInTheirOwnLanguage()
    {
        var scenario = Certain();
        scenario["segments"]![0]!["authorProbability"] = 1.0;
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 2);
        var authored = world.Posts.All.ToArray().Where(p => p.Author < world.Model.AgentCount).ToArray();
        Assert.That(authored, Has.Length.EqualTo(200), "each new believer writes once in the step it adopts");
        Assert.That(authored.All(p => p.Language == 0 && !p.IsReshare), Is.True);
    }

    [Test]
    public void CoordinatedAccountsReshareEachOthersPosts()
    {
        var scenario = Certain();
        scenario["actors"]![0]!["accounts"] = 10;
        scenario["actors"]![0]!["coordination"] = 2.0;
        var world = TestScenarios.RunSteps(TestScenarios.Model(scenario), 4);
        var originals = world.Posts.All.ToArray().Count(p => !p.IsReshare && p.Author >= world.Model.AgentCount);
        var coordinated = world.Posts.All.ToArray().Count(p => p.IsReshare && p.Author >= world.Model.AgentCount);
        // Poisson(2) reshares per original post: about 3200 of 1600, sd about 57.
        Assert.That(coordinated / (double)originals, Is.EqualTo(2.0).Within(4 * 57.0 / originals));
    }

    [Test]
    public void ActorFollowersComeOnlyFromTheTargetSegments()
    {
        var scenario = Certain();
        ((JArray)scenario["segments"]!).Add(JObject.Parse("""{ "id": "others", "size": 300, "languages": ["en"], "platforms": { "p": 1.0 } }"""));
        scenario["actors"]![0]!["followers"] = new JObject { ["segments"] = new JArray("others"), ["perAccount"] = 50 };
        var world = WorldBuilder.Build(TestScenarios.Model(scenario), 0);
        var platform = world.Platforms[0];
        var followers = platform.ActorFollowers(0).ToArray();
        Assert.That(followers, Has.Length.InRange(40, 50), "50 draws with replacement among 300");
        Assert.That(followers.Select(f => platform.Members[f]), Has.All.GreaterThanOrEqualTo(200));
    }

    [Test]
    public void HubTargetingPicksWellFollowedAccounts()
    {
        var scenario = Certain();
        scenario["segments"]![0]!["size"] = 3000;
        scenario["network"] = new JObject { ["model"] = "barabasi-albert", ["avgFollows"] = 4 };
        scenario["actors"]![0]!["followers"] = new JObject { ["perAccount"] = 300, ["targeting"] = "hubs" };
        ((JArray)scenario["actors"]!).Add(JObject.Parse("""
            { "id": "plain", "kind": "counter", "accounts": 1, "platforms": ["p"], "languages": { "en": 1 },
              "narratives": { "claim": 1 }, "followers": { "perAccount": 300, "targeting": "random" } }
            """));
        var world = WorldBuilder.Build(TestScenarios.Model(scenario), 0);
        var platform = world.Platforms[0];
        double MeanFollowersOfFollowers(int actorAccount) => platform.ActorFollowers(actorAccount).ToArray().Average(f => platform.Followers.Degree(f));
        // In a BA graph of mean degree 4, degree-weighted picks have mean <k^2>/<k>, well above 4.
        Assert.That(MeanFollowersOfFollowers(0), Is.GreaterThan(1.5 * MeanFollowersOfFollowers(1)));
    }

    [Test]
    public void PlatformMembershipFollowsTheSegmentsProbabilities()
    {
        var scenario = Certain();
        scenario["segments"]![0]!["size"] = 10_000;
        scenario["segments"]![0]!["platforms"] = new JObject { ["p"] = 0.3 };
        ((JArray)scenario["platforms"]!).Add(new JObject { ["id"] = "insular" });
        var world = WorldBuilder.Build(TestScenarios.Model(scenario), 0);
        var members = Enumerable.Range(0, 10_000).Count(a => world.IsOnPlatform(a, 0));
        Assert.That(members, Is.EqualTo(3000).Within(4 * 45.8));
        Assert.That(Enumerable.Range(0, 10_000).Any(a => world.IsOnPlatform(a, 1)), Is.False, "nobody joins a platform with probability 0");
    }

    [Test]
    public void AnEventSwitchingTheLanguageReachesReadersFromItsStepOn()
    {
        var scenario = Certain();
        scenario["actors"]![0]!["languages"] = new JObject { ["ko"] = 1.0 };
        scenario["events"] = JArray.Parse("""[ { "atStep": 3, "set": { "actors.media.languages": { "en": 1.0 } } } ]""");
        var model = TestScenarios.Model(scenario);
        var beforeSwitch = TestScenarios.RunSteps(model, 4);
        var afterSwitch = TestScenarios.RunSteps(model, 5);
        Assert.That(beforeSwitch.Counters.Total(new SeriesKey(MetricCatalogue.Exposures)), Is.Zero, "step 3 reads the Korean posts of step 2");
        Assert.That(afterSwitch.Counters.Total(new SeriesKey(MetricCatalogue.Believers)), Is.EqualTo(200), "step 4 reads the English posts of step 3");
    }

    [Test]
    public void SameSeedAndReplicateGiveTheSameWorld()
    {
        var model = TestScenarios.Model(TestScenarios.Certain());
        var a = TestScenarios.RunSteps(model, 4);
        var b = TestScenarios.RunSteps(model, 4);
        var c = TestScenarios.RunSteps(model, 4, replicate: 1);
        Assert.That(a.Posts.Count, Is.EqualTo(b.Posts.Count));
        Assert.That(model.Layout.Series.Select(a.Counters.Total), Is.EqualTo(model.Layout.Series.Select(b.Counters.Total)));
        Assert.That(a.Posts.Count, Is.Not.EqualTo(c.Posts.Count), "another replicate draws differently");
    }
}
