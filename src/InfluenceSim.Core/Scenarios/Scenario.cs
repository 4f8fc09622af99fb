using InfluenceSim.Networks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>A scenario file as written by the user: the world, its messengers and the run settings.</summary>
public sealed class Scenario
{
    [JsonProperty("$schema")] public string? Schema { get; set; }
    [JsonRequired] public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public long Seed { get; set; } = 1;
    public int Steps { get; set; } = 168;
    public double StepHours { get; set; } = 1;
    public int Replicates { get; set; } = 10;
    /// <summary>"platform" (the platform model), or a classic model run on the network (<see cref="ScenarioModels"/>).</summary>
    public string Model { get; set; } = ScenarioModels.Platform;
    /// <summary>The classic model's parameters.</summary>
    public ClassicSpec Classic { get; set; } = new();
    /// <summary>The simsom model's parameters (its defaults when left out).</summary>
    [JsonProperty("simsom")] public SimSoMSpec? SimSoM { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<PlatformSpec> Platforms { get; set; } = [];
    public NetworkSpec Network { get; set; } = new();
    [JsonRequired] public List<SegmentSpec> Segments { get; set; } = [];
    public List<NarrativeSpec> Narratives { get; set; } = [];
    public List<ActorSpec> Actors { get; set; } = [];
    public BeliefSpec Beliefs { get; set; } = new();
    public List<EventSpec> Events { get; set; } = [];
    /// <summary>Logs written beside the results (<see cref="LogKinds"/>).</summary>
    public List<string> Logs { get; set; } = [];
    /// <summary>Count each cascade's unique users reached and exposed (memory and time grow with distinct readers of each cascade).</summary>
    public bool CascadeReach { get; set; }
}

public sealed class PlatformSpec
{
    [JsonRequired] public string Id { get; set; } = "";
    public FeedSpec Feed { get; set; } = new();
    /// <summary>Overrides the scenario's network for this platform's audience follows.</summary>
    public NetworkSpec? Network { get; set; }
    public ModerationSpec Moderation { get; set; } = new();
}

public sealed class FeedSpec
{
    public int Size { get; set; } = 50;
    public string Ranking { get; set; } = FeedRankings.Chronological;
    public int ReadPerSession { get; set; } = 10;
    /// <summary>Engagement and personalized rankings: hours after which a post's recency weight halves.</summary>
    public double RecencyHalfLifeHours { get; set; } = 6;
    /// <summary>Personalized ranking: the factor by which items of a narrative the reader believes score higher.</summary>
    public double BeliefBoost { get; set; } = 3;
    /// <summary>Bridging ranking: how much a cascade reshared across segments that disagree gains (1 + weight x disagreement).</summary>
    public double BridgingWeight { get; set; } = 4;
}

public static class FeedRankings
{
    public const string Chronological = "chronological";
    public const string Engagement = "engagement";
    public const string Random = "random";
    public const string Personalized = "personalized";
    public const string Bridging = "bridging";
    public const string SimSoM = "simsom";
    public static readonly IReadOnlyList<string> All = [Chronological, Engagement, Random, Personalized, Bridging, SimSoM];
}

public sealed class NetworkSpec
{
    public string Model { get; set; } = NetworkModels.Sbm;
    /// <summary>Mean number of audience accounts each audience account follows.</summary>
    public double AvgFollows { get; set; } = 30;
    /// <summary>sbm: share of follows that stay inside the follower's own segment; random-walk: share of accounts picked at random that are.</summary>
    public double Homophily { get; set; } = 0.8;
    /// <summary>sbm: explicit weights from a segment to the segments it follows; replaces homophily.</summary>
    public Dictionary<string, Dictionary<string, double>>? Mixing { get; set; }
    /// <summary>watts-strogatz: probability of rewiring each lattice edge.</summary>
    public double Rewire { get; set; } = 0.1;
    /// <summary>random-walk: probability that each follow after the first goes to an account the first one follows.</summary>
    public double FriendOfFriend { get; set; } = 0.5;
    /// <summary>random-walk: accounts' numbers of follows are lognormal with this sigma around avgFollows (0: all follow avgFollows).</summary>
    public double FollowsSpread { get; set; }
    /// <summary>edgelist: CSV/TSV file of follower,followed[,platform], relative to the scenario file.</summary>
    public string? Path { get; set; }

    /// <summary>The generator's parameters (not for edge lists, which are read, not generated).</summary>
    public NetworkParameters ToParameters() => new(Model, AvgFollows, Homophily, Rewire,
        Mixing?.ToDictionary(row => row.Key, row => (IReadOnlyDictionary<string, double>)row.Value), FriendOfFriend, FollowsSpread);
}

public sealed class SegmentSpec
{
    [JsonRequired] public string Id { get; set; } = "";
    [JsonRequired] public int Size { get; set; }
    /// <summary>Languages the members understand, the first the one they write in (platform model).</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary>Probability that a member of the segment has an account on each platform (platform model).</summary>
    public Dictionary<string, double> Platforms { get; set; } = [];
    /// <summary>Probability of a session in one hour.</summary>
    public double Activity { get; set; } = 0.05;
    public double Skepticism { get; set; } = 0.5;
    /// <summary>Probability that a believer reshares a post of a narrative it believes, per read.</summary>
    public double ShareProbability { get; set; } = 0.05;
    /// <summary>Probability that a believer writes a post of its own in a session on a platform.</summary>
    public double AuthorProbability { get; set; } = 0.02;
    /// <summary>Credibility, to this segment, of posts written by ordinary audience accounts.</summary>
    public double PeerCredibility { get; set; } = 0.5;
    /// <summary>Per-narrative appeal overriding the narrative's own.</summary>
    public Dictionary<string, double> Appeal { get; set; } = [];
    /// <summary>Fraction of the segment believing each narrative at step 0 (contagion model).</summary>
    public Dictionary<string, double> InitialBelievers { get; set; } = [];
    /// <summary>bounded-confidence: the centre of the members' opinions at step 0, in [-1, 1].</summary>
    public double InitialOpinion { get; set; }
    /// <summary>bounded-confidence: opinions at step 0 are uniform on the centre +- spread (within [-1, 1]).</summary>
    public double OpinionSpread { get; set; } = 0.5;
    /// <summary>simsom: the members' partisanship, from -1 (left) to 1 (right); partisan targeting weighs |partisanship|.</summary>
    public double Partisanship { get; set; }
    /// <summary>simsom: the members' misinformation score (how much low-quality content they share); misinformation targeting weighs it.</summary>
    public double Misinformation { get; set; }
}

public sealed class NarrativeSpec
{
    [JsonRequired] public string Id { get; set; } = "";
    public string Sponsor { get; set; } = "organic";
    public bool Falsehood { get; set; }
    public double Appeal { get; set; } = 0.1;
    public List<string> Opposes { get; set; } = [];
    /// <summary>bounded-confidence: the narrative's position on the opinion axis, in [-1, 1].</summary>
    public double Stance { get; set; }
}

public sealed class ActorSpec
{
    [JsonRequired] public string Id { get; set; } = "";
    [JsonRequired] public string Kind { get; set; } = "";
    public string Sponsor { get; set; } = "organic";
    [JsonRequired] public int Accounts { get; set; }
    [JsonRequired] public List<string> Platforms { get; set; } = [];
    [JsonRequired] public Dictionary<string, double> Languages { get; set; } = [];
    /// <summary>Original posts per account per platform per day.</summary>
    public double PostsPerDay { get; set; } = 4;
    [JsonRequired] public Dictionary<string, double> Narratives { get; set; } = [];
    public double Credibility { get; set; } = 0.5;
    public Dictionary<string, double> CredibilityBySegment { get; set; } = [];
    public FollowersSpec Followers { get; set; } = new();
    /// <summary>Expected number of reshares of each original post by other accounts of the group.</summary>
    public double Coordination { get; set; }
    /// <summary>How much the accounts escape account-level detection: detection x (1 - evasion).</summary>
    public double Evasion { get; set; }
    public RecreateSpec Recreate { get; set; } = new();
}

public static class ActorKinds
{
    public const string State = "state";
    public const string Proxy = "proxy";
    public const string Counter = "counter";
    public const string Influencer = "influencer";
    public static readonly IReadOnlyList<string> All = [State, Proxy, Counter, Influencer];
}

public sealed class FollowersSpec
{
    /// <summary>Segments the followers come from; empty means every segment.</summary>
    public List<string> Segments { get; set; } = [];
    public int PerAccount { get; set; } = 100;
    public string Targeting { get; set; } = FollowerTargeting.Random;
}

public static class FollowerTargeting
{
    public const string Random = "random";
    public const string Hubs = "hubs";
    public static readonly IReadOnlyList<string> All = [Random, Hubs];
}

public sealed class BeliefSpec
{
    public string Model { get; set; } = BeliefModels.Contagion;
    /// <summary>Exposures needed before adoption is possible (complex contagion when above 1).</summary>
    public int Threshold { get; set; } = 1;
    /// <summary>Factor by which believing an opposed narrative lowers adoption: p x (1 - entrenchment).</summary>
    public double Entrenchment { get; set; } = 0.5;
    /// <summary>contagion: probability per step that a believer falls back to aware.</summary>
    public double Forgetting { get; set; } = 0.002;
    /// <summary>bounded-confidence: only exposures to stances within epsilon of one's opinion move it.</summary>
    public double Epsilon { get; set; } = 0.5;
    /// <summary>bounded-confidence: how far an exposure moves the opinion towards the stance (times the source's credibility).</summary>
    public double Mu { get; set; } = 0.3;
}

public static class BeliefModels
{
    public const string Contagion = "contagion";
    public const string BoundedConfidence = "bounded-confidence";
    public static readonly IReadOnlyList<string> All = [Contagion, BoundedConfidence];
}

public sealed class EventSpec
{
    [JsonRequired] public int AtStep { get; set; }
    /// <summary>Dotted paths (collections addressed by id) to new values.</summary>
    [JsonRequired] public JObject Set { get; set; } = [];
    public string Description { get; set; } = "";
}
