using InfluenceSim.Beliefs;
using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Runs;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Simulation;

/// <summary>Invariants that hold for every world, checked on random small worlds.</summary>
public class WorldInvariantTests
{
    /// <summary>A random two-segment, two-platform, two-narrative world, its parameters drawn from the given percentages.</summary>
    private static JObject RandomWorld(int seed, int activity, int share, int skepticism, int forgetting, bool engagement, bool opposed)
    {
        var scenario = JObject.Parse($$"""
            {
              "name": "random", "seed": {{seed}}, "steps": 12, "replicates": 1,
              "languages": ["en", "ko"],
              "platforms": [ { "id": "a", "feed": { "size": 15, "readPerSession": 4, "ranking": "{{(engagement ? "engagement" : "chronological")}}" } },
                             { "id": "b", "feed": { "size": 10, "readPerSession": 3 } } ],
              "network": { "model": "sbm", "avgFollows": 6, "homophily": 0.7 },
              "segments": [
                { "id": "x", "size": 300, "languages": ["en"], "platforms": { "a": 0.8, "b": 0.3 },
                  "activity": {{activity / 100.0}}, "skepticism": {{skepticism / 100.0}}, "shareProbability": {{share / 100.0}},
                  "initialBelievers": {{(seed % 4 == 1 ? "{}" : "{ \"n2\": 0.1 }")}} },
                { "id": "y", "size": 200, "languages": ["ko", "en"], "platforms": { "b": 0.9 },
                  "activity": {{activity / 100.0}}, "skepticism": 0.2, "shareProbability": {{share / 100.0}}, "authorProbability": 0.2 }
              ],
              "narratives": [ { "id": "n1", "appeal": 0.6, "stance": 0.5, "opposes": {{(opposed ? "[\"n2\"]" : "[]")}} }, { "id": "n2", "appeal": 0.4, "stance": -0.5 } ],
              "actors": [
                { "id": "s", "kind": "state", "accounts": 3, "platforms": ["a", "b"], "languages": { "en": 0.5, "ko": 0.5 },
                  "postsPerDay": 48, "narratives": { "n1": 0.7, "n2": 0.3 }, "credibility": 0.8,
                  "followers": { "perAccount": 60, "targeting": "hubs" }, "coordination": 0.5 }
              ],
              "beliefs": { "forgetting": {{forgetting / 100.0}}, "entrenchment": 0.5,
                           "model": "{{(seed % 4 == 1 ? "bounded-confidence" : "contagion")}}", "epsilon": 0.8, "mu": 0.4 }
            }
            """);
        return WithOnlyTheBeliefModelsFields(scenario);
    }

    /// <summary>A field the belief model does not read is an error, so each model's own are kept and the other's removed.</summary>
    private static JObject WithOnlyTheBeliefModelsFields(JObject scenario)
    {
        var bounded = (string?)scenario["beliefs"]!["model"] == "bounded-confidence";
        var notRead = bounded
            ? scenario.SelectTokens("segments[*].initialBelievers").Concat(scenario.SelectTokens("narratives[*].opposes"))
                .Concat(scenario.SelectTokens("beliefs['forgetting','entrenchment','threshold']"))
            : scenario.SelectTokens("narratives[*].stance").Concat(scenario.SelectTokens("beliefs['epsilon','mu']"));
        foreach (var token in notRead.ToList()) token!.Parent!.Remove();
        return scenario;
    }

    private static Arbitrary<(int Seed, int Activity, int Share, int Forgetting)> WorldSettings =>
        (from seed in Gen.Choose(1, 1_000_000)
         from activity in Gen.Choose(0, 100)
         from share in Gen.Choose(0, 100)
         from forgetting in Gen.Choose(0, 30)
         select (seed, activity, share, forgetting)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 40)]
    public Property CountsStayConsistentWithTheAgentsStates() =>
        Prop.ForAll(WorldSettings, settings =>
        {
            var (seed, activity, share, forgetting) = settings;
            var model = TestScenarios.Model(RandomWorld(seed, activity, share, 50, forgetting, engagement: seed % 2 == 0, opposed: seed % 3 != 0));
            var world = WorldBuilder.Build(model, 0);
            for (var step = 0; step < model.Steps; step++)
            {
                world.Step();
                AssertInvariants(world);
            }
        });

    private static void AssertInvariants(World world)
    {
        var model = world.Model;
        var counters = world.Counters;
        for (var n = 0; n < model.NarrativeIds.Length; n++)
        {
            for (var s = 0; s < model.SegmentIds.Length; s++)
            {
                long aware = 0;
                long believers = 0;
                for (var agent = model.SegmentStarts[s]; agent < model.SegmentStarts[s + 1]; agent++)
                {
                    var state = world.BeliefOf(agent, n);
                    if (state == BeliefState.Aware) aware++;
                    if (state == BeliefState.Believer) believers++;
                }

                Assert.That(counters.Total(new SeriesKey(MetricCatalogue.Aware, n, s)), Is.EqualTo(aware), "aware count matches the agents' states");
                Assert.That(counters.Total(new SeriesKey(MetricCatalogue.Believers, n, s)), Is.EqualTo(believers), "believer count matches the agents' states");
                Assert.That(aware + believers, Is.LessThanOrEqualTo(model.SegmentStarts[s + 1] - model.SegmentStarts[s]));
            }
        }

        foreach (var key in model.Layout.Series.Where(k => k.Metric == MetricCatalogue.Impressions))
        {
            Assert.That(counters.Total(key), Is.GreaterThanOrEqualTo(counters.Total(key with { Metric = MetricCatalogue.Exposures })), "impressions >= exposures");
        }

        for (var agent = 0; agent < model.AgentCount; agent++)
        {
            foreach (var opposed in model.Opposed[0])
            {
                Assert.That(world.BeliefOf(agent, 0) == BeliefState.Believer && world.BeliefOf(agent, opposed) == BeliefState.Believer, Is.False,
                    "nobody believes two opposed narratives");
            }
        }

        var posts = world.Posts.All;
        for (var id = 0; id < posts.Length; id++)
        {
            Assert.That(posts[id].Root, Is.LessThanOrEqualTo(id), "a cascade's original comes first");
            Assert.That(posts[posts[id].Root].IsReshare, Is.False, "a cascade's root is an original");
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 20)]
    public Property AnyThreadCountGivesTheSameResults() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            var model = TestScenarios.Model(RandomWorld(seed, 30, 20, 50, 5, engagement: true, opposed: true), new(Replicates: 4));
            var one = ReplicateRunner.RunAll(model, threads: 1);
            var three = ReplicateRunner.RunAll(model, threads: 3);
            for (var r = 0; r < 4; r++)
            {
                for (var series = 0; series < model.Layout.Series.Count; series++)
                {
                    Assert.That(three[r].CumulativeAt(model.Steps, series), Is.EqualTo(one[r].CumulativeAt(model.Steps, series)));
                }
            }
        });
}
