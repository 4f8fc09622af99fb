using InfluenceSim.Networks;
using InfluenceSim.Platforms;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Simulation;

/// <summary>
/// Builds the world of one replicate: platform membership, each platform's follow network (audience follows from
/// the network model, then the actors' followers), feeds, and the initial believers. Each part draws from its own
/// stream derived from the replicate's seed, so changing one part does not reshuffle the others.
/// </summary>
public static class WorldBuilder
{
    private const ulong MembershipStream = 1;
    private const ulong NetworkStream = 2;
    private const ulong ActorFollowerStream = 3;
    private const ulong BelieverStream = 4;
    private const ulong DynamicsStream = 5;

    public static World Build(SimulationModel model, int replicate)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(replicate);
        var seed = model.ReplicateSeed(replicate);
        var platformMask = DrawMembership(model, new SimRandom(SimRandom.DeriveSeed(seed, MembershipStream)));
        var actorFirstAccount = new int[model.Actors.Length];
        var actorAccounts = 0;
        for (var a = 0; a < model.Actors.Length; a++)
        {
            actorFirstAccount[a] = actorAccounts;
            actorAccounts += model.Actors[a].Accounts;
        }

        var actorOfAccount = new int[actorAccounts];
        for (var a = 0; a < model.Actors.Length; a++)
        {
            Array.Fill(actorOfAccount, a, actorFirstAccount[a], model.Actors[a].Accounts);
        }

        var platforms = new PlatformState[model.PlatformIds.Length];
        for (var p = 0; p < platforms.Length; p++)
        {
            platforms[p] = BuildPlatform(model, p, seed, platformMask, actorFirstAccount, actorAccounts);
        }

        var world = new World(model, new SimRandom(SimRandom.DeriveSeed(seed, DynamicsStream)), platforms, platformMask, actorFirstAccount, actorOfAccount);
        SeedBelievers(model, world, new SimRandom(SimRandom.DeriveSeed(seed, BelieverStream)));
        return world;
    }

    private static uint[] DrawMembership(SimulationModel model, SimRandom random)
    {
        var mask = new uint[model.AgentCount];
        for (var s = 0; s < model.SegmentIds.Length; s++)
        {
            for (var p = 0; p < model.PlatformIds.Length; p++)
            {
                var probability = model.SegmentPlatformProbability[s][p];
                var end = model.SegmentStarts[s + 1];
                for (long agent = model.SegmentStarts[s] + (long)random.SkipToNextSuccess(probability); agent < end;
                     agent += 1L + random.SkipToNextSuccess(probability))
                {
                    mask[agent] |= 1u << p;
                }
            }
        }

        foreach (var edges in model.Loaded.EdgeLists.Values)
        {
            for (var e = 0; e < edges.Count; e++)
            {
                if (edges.Platforms[e] is not { } platformId) continue;
                var bit = 1u << Array.IndexOf(model.PlatformIds, platformId);
                mask[edges.Followers[e]] |= bit;
                mask[edges.Followed[e]] |= bit;
            }
        }

        return mask;
    }

    private static PlatformState BuildPlatform(SimulationModel model, int platform, ulong seed, uint[] platformMask,
        int[] actorFirstAccount, int actorAccounts)
    {
        var bit = 1u << platform;
        var localIndex = new int[model.AgentCount + actorAccounts];
        Array.Fill(localIndex, -1);
        var members = new List<int>();
        var blockStarts = new int[model.SegmentIds.Length + 1];
        for (var s = 0; s < model.SegmentIds.Length; s++)
        {
            blockStarts[s] = members.Count;
            for (var agent = model.SegmentStarts[s]; agent < model.SegmentStarts[s + 1]; agent++)
            {
                if ((platformMask[agent] & bit) == 0) continue;
                localIndex[agent] = members.Count;
                members.Add(agent);
            }
        }

        var audience = members.Count;
        blockStarts[^1] = audience;
        for (var a = 0; a < model.Actors.Length; a++)
        {
            if (Array.IndexOf(model.Actors[a].Platforms, platform) < 0) continue;
            for (var k = 0; k < model.Actors[a].Accounts; k++)
            {
                var account = model.AgentCount + actorFirstAccount[a] + k;
                localIndex[account] = members.Count;
                members.Add(account);
            }
        }

        var spec = model.PlatformNetworks[platform];
        var edges = new EdgeBuffer((int)Math.Min(Array.MaxLength, (long)(audience * spec.AvgFollows * 1.1) + 1024));
        if (spec.Model == NetworkModels.EdgeList)
        {
            AddListedEdges(model.Loaded.EdgeLists[spec.Path!], model.PlatformIds[platform], localIndex, edges);
        }
        else
        {
            NetworkGenerator.Generate(spec, blockStarts, model.SegmentIds, new SimRandom(SimRandom.DeriveSeed(seed, NetworkStream, (ulong)platform)), edges);
        }

        AddActorFollowers(model, platform, localIndex, blockStarts, actorFirstAccount, edges, new SimRandom(SimRandom.DeriveSeed(seed, ActorFollowerStream, (ulong)platform)));
        var followers = edges.Build(members.Count);
        return new PlatformState([.. members], audience, localIndex, followers, new FeedStore(members.Count, model.FeedSize[platform]));
    }

    private static void AddListedEdges(EdgeListData list, string platformId, int[] localIndex, EdgeBuffer edges)
    {
        for (var e = 0; e < list.Count; e++)
        {
            if (list.Platforms[e] is { } only && only != platformId) continue;
            var follower = localIndex[list.Followers[e]];
            var followed = localIndex[list.Followed[e]];
            if (follower >= 0 && followed >= 0) edges.Add(followed, follower);
        }
    }

    /// <summary>
    /// Each actor account gains about perAccount followers on the platform from its target segments: uniformly,
    /// or (hubs) in proportion to how many audience followers a candidate already has plus one.
    /// </summary>
    private static void AddActorFollowers(SimulationModel model, int platform, int[] localIndex, int[] blockStarts,
        int[] actorFirstAccount, EdgeBuffer edges, SimRandom random)
    {
        int[]? audienceDegree = null;
        for (var a = 0; a < model.Actors.Length; a++)
        {
            var actor = model.Actors[a];
            if (Array.IndexOf(actor.Platforms, platform) < 0 || actor.FollowersPerAccount == 0) continue;
            var candidates = actor.FollowerSegments.SelectMany(s => Enumerable.Range(blockStarts[s], blockStarts[s + 1] - blockStarts[s])).ToArray();
            if (candidates.Length == 0) continue;
            double[]? cumulative = null;
            if (actor.TargetHubs)
            {
                audienceDegree ??= InDegrees(edges, blockStarts[^1]);
                cumulative = new double[candidates.Length];
                double total = 0;
                for (var i = 0; i < candidates.Length; i++) cumulative[i] = total += audienceDegree[candidates[i]] + 1;
            }

            for (var k = 0; k < actor.Accounts; k++)
            {
                var account = localIndex[model.AgentCount + actorFirstAccount[a] + k];
                if (actor.FollowersPerAccount >= candidates.Length)
                {
                    foreach (var follower in candidates) edges.Add(account, follower);
                    continue;
                }

                for (var f = 0; f < actor.FollowersPerAccount; f++)
                {
                    var pick = cumulative is null ? random.Next(candidates.Length) : PickWeighted(cumulative, random);
                    edges.Add(account, candidates[pick]);
                }
            }
        }
    }

    /// <summary>Followers of each audience account in the network built so far (edges are followed, follower).</summary>
    private static int[] InDegrees(EdgeBuffer edges, int audience)
    {
        var degree = new int[audience];
        edges.ForEach((followed, _) =>
        {
            if (followed < audience) degree[followed]++;
        });
        return degree;
    }

    private static int PickWeighted(double[] cumulative, SimRandom random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return index >= 0 ? Math.Min(index + 1, cumulative.Length - 1) : ~index;
    }

    /// <summary>
    /// Each segment starts with round(fraction x size) believers of each narrative, drawn at random among its members
    /// who do not already believe an opposed narrative.
    /// </summary>
    private static void SeedBelievers(SimulationModel model, World world, SimRandom random)
    {
        for (var s = 0; s < model.SegmentIds.Length; s++)
        {
            var start = model.SegmentStarts[s];
            var size = model.SegmentStarts[s + 1] - start;
            for (var n = 0; n < model.NarrativeIds.Length; n++)
            {
                var wanted = (int)Math.Round(model.InitialBelievers[s][n] * size);
                if (wanted == 0) continue;
                var order = new int[size];
                for (var i = 0; i < size; i++) order[i] = start + i;
                random.Shuffle(order);
                var seeded = 0;
                for (var i = 0; i < size && seeded < wanted; i++)
                {
                    if (world.SeedBeliever(order[i], s, n)) seeded++;
                }
            }
        }
    }
}
