using InfluenceSim.Classic;
using InfluenceSim.Experiments;
using InfluenceSim.Runs;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Simulation;

/// <summary>What observers read of a replicate through its contract is what the world holds.</summary>
public class WorldViewTests
{
    [Test]
    public void APlatformWorldsAccountsFollowsAndPostsAreItsOwn()
    {
        var world = TestScenarios.RunSteps(TestScenarios.Model(TestScenarios.Certain()), 2);
        var accounts = world.Accounts;
        var actor = world.Model.AgentCount;
        var platform = world.Platforms[0];
        Assert.Multiple(() =>
        {
            Assert.That((accounts.AudienceCount, accounts.ActorAccountCount), Is.EqualTo((200, 1)));
            Assert.That(accounts.FollowEdgeCount, Is.EqualTo(platform.FollowEdgeCount));
            Assert.That(accounts.Network, Is.Null, "each platform has its own");
            Assert.That(accounts.FollowersOf(actor), Is.EquivalentTo(platform.ActorFollowers(0).ToArray().Select(f => platform.Members[f])));
            Assert.That(accounts.Describe(actor), Is.EqualTo(("state", "media", (string?)"state")));
            Assert.That(accounts.Describe(5).Kind, Is.EqualTo("audience"));
            Assert.That(Enumerable.Range(0, 200).Select(a => accounts.StateOf(a, 0)), Is.EqualTo(Enumerable.Range(0, 200).Select(a => (double)(byte)world.BeliefOf(a, 0))));
            Assert.That(accounts.IsDown(actor), Is.False);
            Assert.That(world.PostHistory!.Posts.Count, Is.EqualTo(world.Posts.Count).And.GreaterThan(0));
            Assert.That(world.PostHistory.ReadsOf(0), Is.EqualTo(world.ReadsOf(0)));
            Assert.That(world.PostHistory.NarrativeIds, Is.EqualTo(new[] { "claim" }));
        });
    }

    [Test]
    public void AClassicReplicatesNodesAreItsAudienceOnOneNetwork()
    {
        var simulation = ScenarioCompiler.Compile(InfluenceSim.Scenarios.ScenarioLoader.Load(TestScenarios.ShippedScenario("classic/sir.json")));
        var replicate = simulation.Build(0);
        replicate.Step();
        var accounts = replicate.Accounts;
        Assert.Multiple(() =>
        {
            Assert.That((accounts.AudienceCount, accounts.ActorAccountCount), Is.EqualTo((2000, 0)));
            Assert.That(accounts.Network, Is.Not.Null);
            Assert.That(accounts.FollowEdgeCount, Is.EqualTo(accounts.Network!.EdgeCount));
            Assert.That(accounts.FollowersOf(3), Is.EqualTo(accounts.Network.Neighbours(3).ToArray()));
            Assert.That(accounts.StateOf(0, 0), Is.EqualTo(1), "a seed, infected");
            Assert.That(replicate.PostHistory, Is.Null);
            Assert.That(replicate.Threads, Is.EqualTo(1));
            Assert.That(replicate, Is.InstanceOf<ClassicReplicate>());
        });
    }
}
