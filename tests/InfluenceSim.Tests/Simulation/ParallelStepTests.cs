using InfluenceSim.Experiments;
using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Parallelism;
using InfluenceSim.Platforms;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Simulation;

/// <summary>
/// A replicate's build and steps run in parallel over fixed chunks of agents, with the same result on any number of
/// threads: every series at every step, every post with all its counts and moderation, every cascade.
/// </summary>
public class ParallelStepTests
{
    /// <summary>
    /// The combined moderation strategy (labels, removal, reports, circuit breaker, nudge, account detection) with
    /// down-ranking and unique readers on, three platforms ranked at random (SimSoM's from step 18, by an event),
    /// personalized and bridging, and 140,000 agents: nine chunks.
    /// </summary>
    private static LoadedScenario ManyChunks() => TestScenarios.Load(JObject.FromObject(new Dictionary<string, object>
    {
        ["extends"] = TestScenarios.ShippedScenario("moderation-strategies/combined.json"),
        ["name"] = "many-chunks",
        ["steps"] = 36,
        ["cascadeReach"] = true,
        ["events"] = new[] { new Dictionary<string, object> { ["atStep"] = 18, ["set"] = new Dictionary<string, object> { ["platforms.twitter.feed.ranking"] = "simsom" } } },
        ["set"] = new Dictionary<string, object>
        {
            ["segments.*.size"] = 20_000,
            ["platforms.*.moderation.downrank.enabled"] = true,
            ["platforms.*.moderation.review.capacityPerHour"] = 20,
            ["platforms.twitter.feed.ranking"] = "random",
            ["platforms.weibo.feed.ranking"] = "personalized",
            ["platforms.youtube.feed.ranking"] = "bridging",
        },
    }));

    [Test]
    public void AReplicateIsTheSameOnOneTwoThreeAndEightThreads()
    {
        var simulation = ScenarioCompiler.Compile(ManyChunks());
        Assert.That(simulation.Layout.Population, Is.EqualTo(140_000), "nine chunks of agents");
        Assert.That(((SimulationModel)simulation).ParametersAt(18).Ranking[0], Is.EqualTo(FeedRankingKind.SimSoM), "the event switches twitter's ranking");
        var expected = RunOn(simulation, 1);
        Assert.That(expected.World.Posts.Count, Is.GreaterThan(1_000), "enough posts that order matters");
        var model = expected.World.Model;
        Assert.That(expected.World.Posts.All.ToArray().Where(p => p.IsReshare && p.Author < model.AgentCount).Select(p => (p.Root, Segment: model.SegmentOf(p.Author)))
                .GroupBy(r => r.Root).Count(g => g.Select(r => r.Segment).Distinct().Count() >= 2), Is.GreaterThan(0),
            "some cascades are reshared in more than one segment, so the bridging feed has something to bridge");
        Assert.That(expected.World.Moderators.Sum(m => m.Backlog) + expected.Recording.Final(new SeriesKey(MetricCatalogue.Flagged)),
            Is.GreaterThan(0), "moderation acted");
        foreach (var threads in new[] { 2, 3, 8 })
        {
            var actual = RunOn(simulation, threads);
            Assert.That(actual.World.Threads, Is.EqualTo(threads));
            Assert.That(actual.Series, Is.EqualTo(expected.Series), $"every series at every step on {threads} threads");
            Assert.That(actual.World.Posts.All.ToArray(), Is.EqualTo(expected.World.Posts.All.ToArray()), $"every post on {threads} threads");
            Assert.That(Reads(actual.World), Is.EqualTo(Reads(expected.World)), $"every post's impressions and exposures on {threads} threads");
            Assert.That(actual.Cascades, Is.EqualTo(expected.Cascades), $"every cascade on {threads} threads");
        }
    }

    [Test]
    public void AReplicateTimedByAProfileIsTheSame()
    {
        var simulation = ScenarioCompiler.Compile(ManyChunks());
        var expected = RunOn(simulation, 1);
        var profile = new ParallelProfile([2, 8]);
        var profiled = RunOn(simulation, profile.Workers(8));
        Assert.Multiple(() =>
        {
            Assert.That(profiled.World.Threads, Is.EqualTo(8), "cut for eight threads");
            Assert.That(profiled.Series, Is.EqualTo(expected.Series));
            Assert.That(profiled.World.Posts.All.ToArray(), Is.EqualTo(expected.World.Posts.All.ToArray()));
            Assert.That(Reads(profiled.World), Is.EqualTo(Reads(expected.World)));
            Assert.That(profiled.Cascades, Is.EqualTo(expected.Cascades));
            Assert.That(profile.Items, Is.GreaterThanOrEqualTo(36 * (9 + 8 * 4)), "each step's nine chunks of sessions and 32 ranges of deliveries at least");
        });
    }

    private static (int Impressions, int Exposures)[] Reads(World world) => Enumerable.Range(0, world.Posts.Count).Select(world.ReadsOf).ToArray();

    [Test]
    public void TheNetworkIsTheSameOnAnyNumberOfThreads()
    {
        int[] blocks = [0, 30_000, 50_000, 70_001];
        var spec = new NetworkParameters(NetworkModels.Sbm, 12, Homophily: 0.7);
        var one = NetworkGenerator.Build(spec, blocks, ["a", "b", "c"], 42, workers: 1);
        foreach (var threads in new[] { 2, 3, 8 })
        {
            var many = NetworkGenerator.Build(spec, blocks, ["a", "b", "c"], 42, threads);
            Assert.That(many.EdgeCount, Is.EqualTo(one.EdgeCount));
            for (var v = 0; v < one.NodeCount; v++)
            {
                if (!many.Neighbours(v).SequenceEqual(one.Neighbours(v))) Assert.Fail($"row {v} differs on {threads} threads");
            }
        }

        for (var v = 0; v < one.NodeCount; v++)
        {
            var row = one.Neighbours(v);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] == v || (i > 0 && row[i] <= row[i - 1])) Assert.Fail($"row {v} is not sorted, or has a self-loop or a duplicate");
            }
        }
    }

    private static (World World, double[][] Series, string[] Cascades, SeriesRecording Recording) RunOn(ISimulation simulation, Workers workers)
    {
        World? world = null;
        var recording = ReplicateRunner.Run(simulation, 0, stepped: w => world = (World)w, workers: workers);
        var series = simulation.Layout.Series.Select(recording.Values).ToArray();
        var cascades = world!.MeasureCascades().Select(c => c.ToString()).ToArray();
        return (world, series, cascades, recording);
    }
}
