using InfluenceSim.Metrics;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Simulation;

/// <summary>The feed rankings inside a world: what readers who all believe one of two equally pushed narratives get to read.</summary>
public class FeedRankingWorldTests
{
    /// <summary>
    /// 200 readers who all believe narrative a and never change their minds (skepticism 1), each reading one item an
    /// hour from a feed that two state accounts fill equally with a and b.
    /// </summary>
    private static JObject Believers(string ranking) => JObject.Parse($$"""
        {
          "name": "rankings", "seed": 9, "steps": 48, "replicates": 1,
          "languages": ["en"],
          "platforms": [ { "id": "p", "feed": { "size": 50, "readPerSession": 1, "ranking": "{{ranking}}", "beliefBoost": 10 } } ],
          "network": { "model": "erdos-renyi", "avgFollows": 0 },
          "segments": [
            { "id": "readers", "size": 200, "languages": ["en"], "platforms": { "p": 1.0 }, "activity": 1.0, "skepticism": 1.0,
              "shareProbability": 0.0, "authorProbability": 0.0, "initialBelievers": { "a": 1.0 } }
          ],
          "narratives": [ { "id": "a", "sponsor": "s", "appeal": 1.0 }, { "id": "b", "sponsor": "s", "appeal": 1.0 } ],
          "actors": [
            { "id": "for-a", "kind": "state", "sponsor": "s", "accounts": 1, "platforms": ["p"], "languages": { "en": 1.0 },
              "postsPerDay": 240, "narratives": { "a": 1.0 }, "credibility": 1.0, "followers": { "perAccount": 200 } },
            { "id": "for-b", "kind": "state", "sponsor": "s", "accounts": 1, "platforms": ["p"], "languages": { "en": 1.0 },
              "postsPerDay": 240, "narratives": { "b": 1.0 }, "credibility": 1.0, "followers": { "perAccount": 200 } }
          ],
          "beliefs": { "forgetting": 0.0 }
        }
        """);

    private static double ShareOfA(string ranking)
    {
        var world = TestScenarios.RunSteps(TestScenarios.Model(Believers(ranking)), 48);
        double Exposures(int narrative) => world.Counters.Total(new SeriesKey(MetricCatalogue.Exposures, narrative));
        Assert.That(Exposures(0) + Exposures(1), Is.EqualTo(200 * 47).Within(200), "one read a session, every hour from the second on");
        return Exposures(0) / (Exposures(0) + Exposures(1));
    }

    [Test]
    public void APersonalizedFeedShowsBelieversWhatTheyBelieve()
    {
        Assert.That(ShareOfA("personalized"), Is.GreaterThan(0.95), "a boost of 10 outweighs any recency difference within the hour's posts");
        Assert.That(ShareOfA("engagement"), Is.LessThan(0.05),
            "without the boost, equal scores go to the newer item, and each hour's b items were posted after its a items");
    }

    [Test]
    public void ARandomFeedShowsBothNarrativesAlike()
    {
        // 9,400 reads: the share's standard deviation is about 0.005.
        Assert.That(ShareOfA("random"), Is.InRange(0.45, 0.55));
    }
}
