using InfluenceSim.Memory;
using InfluenceSim.Networks;
using InfluenceSim.Parallelism;
using InfluenceSim.Platforms;
using InfluenceSim.Randomness;
using InfluenceSim.Runs;

namespace InfluenceSim.Simulation;

/// <summary>
/// Builds the world of one replicate: platform membership, each platform's follow network (audience follows from
/// the network model, then the actors' followers), feeds, and the initial believers. Each part draws from its own
/// stream derived from the replicate's seed, so changing one part does not reshuffle the others.
/// </summary>
public static class WorldBuilder
{
    /// <param name="model">The compiled scenario.</param>
    /// <param name="replicate">Which replicate (its seed follows from the number).</param>
    /// <param name="workers">Threads the build and the world's steps may use; the world is the same on any number.</param>
    public static World Build(SimulationModel model, int replicate, Workers workers = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(replicate);
        var seed = model.ReplicateSeed(replicate);
        var platformMask = DrawMembership(model, SeedStreams.For(seed, SeedStreams.Membership));
        var actorFirstAccount = new int[model.Actors.Length];
        var actorAccounts = 0;
        for (var a = 0; a < model.Actors.Length; a++)
        {
            actorFirstAccount[a] = actorAccounts;
            actorAccounts += model.Actors[a].Accounts;
        }

        var platforms = new PlatformState[model.PlatformIds.Length];
        for (var p = 0; p < platforms.Length; p++)
        {
            platforms[p] = BuildPlatform(model, p, seed, platformMask, actorFirstAccount, actorAccounts, workers);
        }

        var world = new World(model, seed, platforms, platformMask, actorFirstAccount, workers);
        var believerRandom = SeedStreams.For(seed, SeedStreams.Believers);
        if (model.BoundedConfidence) SeedOpinions(model, world, believerRandom);
        else SeedBelievers(model, world, believerRandom);
        return world;
    }

    private static uint[] DrawMembership(SimulationModel model, SimRandom random)
    {
        var mask = LargeArrays.Allocate<uint>(model.AgentCount);
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

        foreach (var edges in model.EdgeLists)
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
        int[] actorFirstAccount, int actorAccounts, Workers workers)
    {
        var (members, localIndex) = ListMembers(platformMask, platform, workers);
        var blockStarts = new int[model.SegmentIds.Length + 1];
        for (var s = 0; s < blockStarts.Length; s++) blockStarts[s] = SortedSearch.LowerBound(members, model.SegmentStarts[s]);
        var followers = model.PlatformEdgeLists[platform] is { } list
            ? ListedFollows(list, model.PlatformIds[platform], localIndex, members.Length)
            : NetworkGenerator.Build(model.PlatformNetworks[platform]!, blockStarts, model.SegmentIds, SimRandom.DeriveSeed(seed, SeedStreams.Network, (ulong)platform), workers);
        var actorFollowers = DrawActorFollowers(model, platform, followers, blockStarts, actorFirstAccount, actorAccounts,
            SimRandom.DeriveSeed(seed, SeedStreams.ActorFollowers, (ulong)platform), workers);
        return new PlatformState(members, localIndex, followers, actorFollowers, new FeedStore(members.Length, model.FeedSize[platform]));
    }

    /// <summary>
    /// The platform's members in ascending agent order, and each agent's place among them (-1 when not a member).
    /// Fixed chunks of agents are counted, then filled, in parallel.
    /// </summary>
    private static (int[] Members, int[] LocalIndex) ListMembers(uint[] platformMask, int platform, Workers workers)
    {
        var agents = platformMask.Length;
        var chunks = AgentChunks.Count(agents);
        var chunkStarts = new int[chunks + 1];
        workers.For("members: counts", chunks, c =>
        {
            var count = 0;
            for (var agent = AgentChunks.Start(c); agent < AgentChunks.End(c, agents); agent++) count += (int)((platformMask[agent] >> platform) & 1);
            chunkStarts[c + 1] = count;
        });
        for (var c = 0; c < chunks; c++) chunkStarts[c + 1] += chunkStarts[c];
        var members = LargeArrays.Allocate<int>(chunkStarts[^1]);
        var localIndex = LargeArrays.Allocate<int>(agents);
        workers.For("members: lists", chunks, c =>
        {
            var next = chunkStarts[c];
            for (var agent = AgentChunks.Start(c); agent < AgentChunks.End(c, agents); agent++)
            {
                if (((platformMask[agent] >> platform) & 1) == 0)
                {
                    localIndex[agent] = -1;
                    continue;
                }

                localIndex[agent] = next;
                members[next++] = agent;
            }
        });
        return (members, localIndex);
    }

    private static CsrGraph ListedFollows(EdgeListData list, string platformId, int[] localIndex, int members)
    {
        var edges = new EdgeBuffer(list.Count);
        for (var e = 0; e < list.Count; e++)
        {
            if (list.Platforms[e] is { } only && only != platformId) continue;
            var follower = localIndex[list.Followers[e]];
            var followed = localIndex[list.Followed[e]];
            if (follower >= 0 && followed >= 0) edges.Add(followed, follower);
        }

        return edges.Build(members);
    }

    /// <summary>
    /// Each actor account on the platform gains about perAccount followers from its target segments: uniformly, or
    /// (hubs) in proportion to how many audience followers a candidate already has plus one. Draws are with
    /// replacement and duplicates are dropped. Each account draws from its own stream, so accounts are drawn in parallel.
    /// Returns the followers per actor account in ascending order, null where it is not on the platform.
    /// </summary>
    private static int[]?[] DrawActorFollowers(SimulationModel model, int platform, CsrGraph audience, int[] blockStarts,
        int[] actorFirstAccount, int actorAccounts, ulong platformSeed, Workers workers)
    {
        var result = new int[]?[actorAccounts];
        for (var a = 0; a < model.Actors.Length; a++)
        {
            var actor = model.Actors[a];
            if (Array.IndexOf(actor.Platforms, platform) < 0) continue;
            var candidates = new SegmentAccounts(actor.FollowerSegments, blockStarts);
            AliasTable? byFollowers = null;
            if (actor.TargetHubs && candidates.Count > 0)
            {
                var weights = LargeArrays.Allocate<double>(candidates.Count);
                workers.For("hub targeting weights", AgentChunks.Count(weights.Length), chunk =>
                {
                    for (var i = AgentChunks.Start(chunk); i < AgentChunks.End(chunk, weights.Length); i++) weights[i] = audience.Degree(candidates[i]) + 1;
                });
                byFollowers = AliasTable.TakingOver(weights, workers);
            }

            workers.For("actor followers", actor.Accounts, k =>
            {
                var account = actorFirstAccount[a] + k;
                if (actor.FollowersPerAccount >= candidates.Count)
                {
                    result[account] = candidates.ToArray();
                    return;
                }

                var random = new SimRandom(SimRandom.DeriveSeed(platformSeed, (ulong)account));
                var drawn = new int[actor.FollowersPerAccount];
                if (byFollowers is null)
                {
                    for (var f = 0; f < drawn.Length; f++) drawn[f] = random.Next(candidates.Count);
                }
                else
                {
                    byFollowers.Draw(random, drawn);
                }

                for (var f = 0; f < drawn.Length; f++) drawn[f] = candidates[drawn[f]];

                Array.Sort(drawn);
                result[account] = drawn[..Unique(drawn)];
            });
        }

        return result;
    }

    /// <summary>Closes up a sorted array's duplicates; returns how many distinct values lead it.</summary>
    private static int Unique(int[] sorted)
    {
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || sorted[i] != sorted[count - 1]) sorted[count++] = sorted[i];
        }

        return count;
    }

    /// <summary>bounded-confidence: opinions uniform on the segment's centre +- spread, within [-1, 1].</summary>
    private static void SeedOpinions(SimulationModel model, World world, SimRandom random)
    {
        for (var s = 0; s < model.SegmentIds.Length; s++)
        {
            for (var agent = model.SegmentStarts[s]; agent < model.SegmentStarts[s + 1]; agent++)
            {
                var opinion = model.SegmentOpinionCentre[s] + model.SegmentOpinionSpread[s] * (2 * random.NextDouble() - 1);
                world.SeedOpinion(agent, s, Math.Clamp(opinion, -1, 1));
            }
        }
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
