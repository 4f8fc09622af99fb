using InfluenceSim.Networks;
using InfluenceSim.Platforms;
using InfluenceSim.Runs;

namespace InfluenceSim.Simulation;

/// <summary>What observers outside the engine read of a platform-model world: its accounts, follows and posts.</summary>
internal sealed class WorldView(World world) : IReplicateAccounts, IPostHistory
{
    private readonly SimulationModel _model = world.Model;

    public int AudienceCount => _model.AgentCount;

    public int ActorAccountCount => world.ActorAccountCount;

    public long FollowEdgeCount => world.Platforms.Sum(p => p.FollowEdgeCount);

    public CsrGraph? Network => null;

    public PostStore Posts => world.Posts;

    public IReadOnlyList<string> PlatformIds => _model.PlatformIds;

    public IReadOnlyList<string> NarrativeIds => _model.NarrativeIds;

    public IReadOnlyList<string> LanguageIds => _model.LanguageIds;

    public IEnumerable<int> FollowersOf(int account)
    {
        foreach (var platform in world.Platforms)
        {
            if (account < _model.AgentCount)
            {
                var local = platform.LocalIndex[account];
                if (local < 0) continue;
                foreach (var follower in platform.Followers.Neighbours(local).ToArray()) yield return platform.Members[follower];
            }
            else
            {
                foreach (var follower in platform.ActorFollowers(account - _model.AgentCount).ToArray()) yield return platform.Members[follower];
            }
        }
    }

    public double StateOf(int account, int narrative) => (byte)world.BeliefOf(account, narrative);

    public (string Kind, string Group, string? Sponsor) Describe(int account) => _model.DescribeAccount(account);

    public bool IsDown(int account) =>
        account >= _model.AgentCount && world.Moderators.Any(m => m.IsActorDown(account - _model.AgentCount));

    public (int Impressions, int Exposures) ReadsOf(int post) => world.ReadsOf(post);
}
