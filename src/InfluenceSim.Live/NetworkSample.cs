using InfluenceSim.Runs;

namespace InfluenceSim.Live;

/// <summary>
/// The part of a world the page draws: at most <see cref="MaxNodes"/> audience agents (or classic nodes), chosen per
/// segment in proportion to its size by breadth-first search from random members along follow edges, so that the
/// drawn nodes keep their neighbours and the network's local structure shows; every actor account of the platform
/// model; and the follow edges among them. Each segment is a disc of its own, its nodes laid on a sunflower
/// spiral in search order (neighbours near each other); actor accounts sit on an outer ring. Positions are in
/// [0, 1] and fixed for the session.
/// </summary>
public sealed class NetworkSample
{
    public const int MaxNodes = 2000;
    public const int MaxEdges = 8000;
    private readonly int[] _agents;
    private readonly Dictionary<int, int> _indexOf;

    private NetworkSample(int[] agents, int[] actorAccounts, double[] x, double[] y, int[] segment, string[] kind, int[][] edges, Dictionary<int, int> indexOf)
    {
        _agents = agents;
        ActorAccounts = actorAccounts;
        X = x;
        Y = y;
        Segment = segment;
        Kind = kind;
        Edges = edges;
        _indexOf = indexOf;
    }

    /// <summary>Per drawn node: its position, its segment (-1 for an actor account) and its kind ("audience" or the actor's kind).</summary>
    public double[] X { get; }

    public double[] Y { get; }

    public int[] Segment { get; }

    public string[] Kind { get; }

    /// <summary>Pairs of drawn nodes joined by a follow edge (the one followed first).</summary>
    public int[][] Edges { get; }

    /// <summary>Global account ids of the actor accounts drawn after the agents.</summary>
    public int[] ActorAccounts { get; }

    public int Count => X.Length;

    /// <summary>The drawn node of a global account id (agent or actor account), or -1.</summary>
    public int IndexOf(int account) => _indexOf.TryGetValue(account, out var index) ? index : -1;

    public static NetworkSample Of(IReplicate replicate, IReadOnlyList<long> segmentSizes, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        ArgumentNullException.ThrowIfNull(segmentSizes);
        var accounts = replicate.Accounts;
        Func<int, IEnumerable<int>> neighbours = accounts.FollowersOf;
        var starts = new long[segmentSizes.Count + 1];
        for (var s = 0; s < segmentSizes.Count; s++) starts[s + 1] = starts[s] + segmentSizes[s];
        var total = starts[^1];
        var random = new Random(seed);
        var chosen = new List<int>[segmentSizes.Count];
        var taken = new HashSet<int>();
        for (var s = 0; s < segmentSizes.Count; s++)
        {
            var quota = (int)Math.Min(segmentSizes[s], Math.Max(Math.Min(20, segmentSizes[s]), Math.Round((double)MaxNodes * segmentSizes[s] / Math.Max(1, total))));
            chosen[s] = Snowball(s, starts, quota, neighbours, random, taken);
        }

        var agents = chosen.SelectMany(c => c).ToArray();
        var actorAccounts = Enumerable.Range(0, accounts.ActorAccountCount).Select(a => accounts.AudienceCount + a).ToArray();
        var indexOf = new Dictionary<int, int>();
        for (var i = 0; i < agents.Length; i++) indexOf[agents[i]] = i;
        for (var a = 0; a < actorAccounts.Length; a++) indexOf[actorAccounts[a]] = agents.Length + a;
        var (x, y) = Layout(chosen, actorAccounts.Length);
        var segment = chosen.SelectMany((c, s) => c.Select(_ => s)).Concat(actorAccounts.Select(_ => -1)).ToArray();
        var kind = agents.Select(_ => "audience").Concat(actorAccounts.Select(a => accounts.Describe(a).Kind)).ToArray();
        var edges = new List<int[]>();
        foreach (var (account, index) in indexOf.OrderBy(p => p.Value))
        {
            foreach (var follower in neighbours(account))
            {
                if (edges.Count >= MaxEdges) break;
                if (indexOf.TryGetValue(follower, out var other) && other != index) edges.Add([index, other]);
            }
        }

        return new NetworkSample(agents, actorAccounts, x, y, segment, kind, [.. edges], indexOf);
    }

    /// <summary>
    /// Each drawn node's state for the page: for the platform model the chosen narrative's belief (0 unaware, 1 aware,
    /// 2 believer) and, for actor accounts, 3, or 4 while moderation has the account banned on some platform; for
    /// classic models the node's state (an opinion for opinion models).
    /// </summary>
    public double[] States(IReplicate replicate, int narrative)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        var accounts = replicate.Accounts;
        var states = new double[Count];
        for (var i = 0; i < _agents.Length; i++) states[i] = accounts.StateOf(_agents[i], narrative);
        for (var a = 0; a < ActorAccounts.Length; a++) states[_agents.Length + a] = accounts.IsDown(ActorAccounts[a]) ? 4 : 3;

        return states;
    }

    private static List<int> Snowball(int segment, long[] starts, int quota, Func<int, IEnumerable<int>> neighbours, Random random, HashSet<int> taken)
    {
        var chosen = new List<int>();
        var (first, end) = ((int)starts[segment], (int)starts[segment + 1]);
        var queue = new Queue<int>();
        var attempts = 0;
        while (chosen.Count < quota && attempts++ < quota * 20)
        {
            if (queue.Count == 0)
            {
                var seed = random.Next(first, end);
                if (!taken.Add(seed)) continue;
                chosen.Add(seed);
                queue.Enqueue(seed);
                continue;
            }

            foreach (var next in neighbours(queue.Dequeue()))
            {
                if (chosen.Count >= quota) break;
                if (next < first || next >= end || !taken.Add(next)) continue;
                chosen.Add(next);
                queue.Enqueue(next);
            }
        }

        return chosen;
    }

    /// <summary>Segments as discs around a circle, sized by their nodes; actor accounts on a ring outside them.</summary>
    private static (double[] X, double[] Y) Layout(List<int>[] segments, int actorAccounts)
    {
        var x = new List<double>();
        var y = new List<double>();
        var count = segments.Length;
        var largest = Math.Max(1, segments.Max(s => s.Count));
        var discRadius = count == 1 ? 0.36 : Math.Min(0.17, 0.3 * Math.Sin(Math.PI / count) * 0.92);
        var golden = Math.PI * (3 - Math.Sqrt(5));
        for (var s = 0; s < count; s++)
        {
            var angle = 2 * Math.PI * s / count - Math.PI / 2;
            var (cx, cy) = count == 1 ? (0.5, 0.5) : (0.5 + 0.3 * Math.Cos(angle), 0.5 + 0.3 * Math.Sin(angle));
            var radius = discRadius * Math.Sqrt(segments[s].Count / (double)largest);
            for (var i = 0; i < segments[s].Count; i++)
            {
                var r = radius * Math.Sqrt((i + 0.5) / segments[s].Count);
                x.Add(cx + r * Math.Cos(i * golden));
                y.Add(cy + r * Math.Sin(i * golden));
            }
        }

        for (var a = 0; a < actorAccounts; a++)
        {
            var angle = 2 * Math.PI * a / Math.Max(1, actorAccounts);
            x.Add(0.5 + 0.48 * Math.Cos(angle));
            y.Add(0.5 + 0.48 * Math.Sin(angle));
        }

        return ([.. x], [.. y]);
    }
}
