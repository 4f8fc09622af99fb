using InfluenceSim.Networks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>A scenario file as written by the user: the world, its messengers and the run settings.</summary>
public sealed class Scenario
{
    [Field("Path or URL of the JSON schema, for editors; ignored by the program.", Structural = true)]
    [JsonProperty("$schema")] public string? Schema { get; set; }
    [Field("Short name of the scenario, shown in outputs.", NonEmpty = true, Structural = true)]
    [JsonRequired] public string Name { get; set; } = "";
    [Field("What the scenario stands for.", Structural = true)]
    public string Description { get; set; } = "";
    [Field("Seed of the run: any 64-bit integer; replicate seeds derive from it; --seed replaces it.", Structural = true)]
    public long Seed { get; set; } = 1;
    [Field("Number of steps; --steps replaces it.", Min = 1, Max = ScenarioValidator.MaxSteps, Structural = true)]
    public int Steps { get; set; } = 168;
    [Field("Hours in one step.", Above = 0, Unit = "hours", Structural = true)]
    public double StepHours { get; set; } = 1;
    [Field("Independent runs of the scenario; --replicates replaces it.", Min = 1, Max = ScenarioValidator.MaxReplicates, Structural = true)]
    public int Replicates { get; set; } = 10;
    [Field("What runs: the platform model, a classic model on the network (docs/classic-models.md), or SimSoM (docs/simsom.md).", Choices = typeof(ScenarioModels), Structural = true)]
    public string Model { get; set; } = ScenarioModels.Platform;
    [Field("The classic model's parameters; each model reads only its own (the read by column of the classic section).", Structural = true)]
    public ClassicSpec Classic { get; set; } = new();
    [Field("SimSoM's parameters (its defaults when left out).", ReadBy = [ScenarioModels.SimSoM], Structural = true)]
    [JsonProperty("simsom")] public SimSoMSpec? SimSoM { get; set; }
    [Field("Language codes of the world: at least 1 (platform model), at most 64, unique.", ReadBy = [ScenarioModels.Platform], Structural = true)]
    public List<string> Languages { get; set; } = [];
    [Field("The platforms, at least 1 (platform model) and at most 32.", ReadBy = [ScenarioModels.Platform])]
    public List<PlatformSpec> Platforms { get; set; } = [];
    [Field("The audience follow network of every platform without its own (classic models: the network they run on).", Structural = true)]
    public NetworkSpec Network { get; set; } = new();
    [Field("The audience, in segments; their total size above 0.")]
    [JsonRequired] public List<SegmentSpec> Segments { get; set; } = [];
    [Field("The narratives, at least 1 (platform model).", ReadBy = [ScenarioModels.Platform])]
    public List<NarrativeSpec> Narratives { get; set; } = [];
    [Field("The messengers: state media, proxies, counter-messengers, influencers.", ReadBy = [ScenarioModels.Platform])]
    public List<ActorSpec> Actors { get; set; } = [];
    [Field("How audience agents come to believe narratives.", ReadBy = [ScenarioModels.Platform])]
    public BeliefSpec Beliefs { get; set; } = new();
    [Field("Changes to the scenario at given steps.", ReadBy = [ScenarioModels.Platform], Structural = true)]
    public List<EventSpec> Events { get; set; } = [];
    [Field("Logs written beside the results as Parquet, one file per replicate: posts (every post and reshare), cascades (every cascade with its measures); run --log adds to it; a sweep writes none.", Choices = typeof(LogKinds), ReadBy = [ScenarioModels.Platform], Structural = true)]
    public List<string> Logs { get; set; } = [];
    [Field("Count each cascade's unique users reached and exposed (docs/cascades.md: it costs memory and time); run --cascade-reach turns it on.", ReadBy = [ScenarioModels.Platform], Structural = true)]
    public bool CascadeReach { get; set; }
}

public sealed class PlatformSpec
{
    [Field("The platform's id, used by segments and actors.", IsId = true, Structural = true)]
    [JsonRequired] public string Id { get; set; } = "";
    [Field("How the platform's feeds hold and rank what people read.")]
    public FeedSpec Feed { get; set; } = new();
    [Field("This platform's own audience follow network, replacing the scenario's.", Structural = true)]
    public NetworkSpec? Network { get; set; }
    [Field("The platform's moderation policy (docs/moderation.md); every action off unless enabled.")]
    public ModerationSpec Moderation { get; set; } = new();
}

public sealed class FeedSpec
{
    [Field("Items a feed holds.", Min = 1, Max = ScenarioValidator.MaxFeedSize, Structural = true)]
    public int Size { get; set; } = 50;
    [Field("How a feed orders what people read: chronological (newest first), engagement (by reshares and recency), random, personalized (engagement, boosted for narratives the reader believes), bridging (engagement, boosted for cascades reshared across segments that disagree) or simsom (drawn by appeal x popularity x recency); formulas in docs/model.md 7.4.", Choices = typeof(FeedRankings))]
    public string Ranking { get; set; } = FeedRankings.Chronological;
    [Field("Items read in a session.", Min = 1)]
    public int ReadPerSession { get; set; } = 10;
    [Field("engagement, personalized and bridging rankings: hours after which an item's recency weight halves.", Above = 0, Unit = "hours")]
    public double RecencyHalfLifeHours { get; set; } = 6;
    [Field("personalized ranking: the factor by which the score of an item whose narrative the reader believes is multiplied.", Min = 1, RangeNote = "1 ranks as engagement does")]
    public double BeliefBoost { get; set; } = 3;
    [Field("bridging ranking: a cascade's score is multiplied by 1 + weight x the disagreement its resharers' segments bridge.", Min = 0)]
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
    [Field("How the follow network is made: generated (erdos-renyi, barabasi-albert, watts-strogatz, sbm, random-walk) or read from a file (edgelist).", Choices = typeof(NetworkModels))]
    public string Model { get; set; } = NetworkModels.Sbm;
    [Field("Mean number of audience accounts each audience account follows (barabasi-albert: 2m; watts-strogatz: the lattice degree).", Min = 0)]
    public double AvgFollows { get; set; } = 30;
    [Field("sbm: share of follows inside the follower's own segment; random-walk: share of the accounts picked at random that are from the newcomer's segment.", Min = 0, Max = 1)]
    public double Homophily { get; set; } = 0.8;
    [Field("sbm: { \"from-segment\": { \"to-segment\": weight } }, weights at least 0, rows normalised; replaces homophily; segments not listed follow nobody.")]
    public Dictionary<string, Dictionary<string, double>>? Mixing { get; set; }
    [Field("watts-strogatz: probability of rewiring each lattice link.", Min = 0, Max = 1)]
    public double Rewire { get; set; } = 0.1;
    [Field("random-walk: probability that each follow after a newcomer's first goes to an account the first one follows (Vazquez 2003; docs/simsom.md).", Min = 0, Max = 1)]
    public double FriendOfFriend { get; set; } = 0.5;
    [Field("random-walk: each account's number of follows is lognormal with this sigma around avgFollows (0: all follow avgFollows).", Min = 0)]
    public double FollowsSpread { get; set; }
    [Field("edgelist (and required there): the edge list file, relative to the scenario.")]
    public string? Path { get; set; }

    /// <summary>The generator's parameters (not for edge lists, which are read, not generated).</summary>
    public NetworkParameters ToParameters() => new(Model, AvgFollows, Homophily, Rewire,
        Mixing?.ToDictionary(row => row.Key, row => (IReadOnlyDictionary<string, double>)row.Value), FriendOfFriend, FollowsSpread);
}

public sealed class SegmentSpec
{
    [Field("The segment's id.", IsId = true, Structural = true)]
    [JsonRequired] public string Id { get; set; } = "";
    [Field("Audience agents in the segment.", Min = 0, Structural = true)]
    [JsonRequired] public int Size { get; set; }
    [Field("Defined languages the members understand, at least 1; the first is the one they write in.", ReadBy = [ScenarioModels.Platform], Structural = true)]
    public List<string> Languages { get; set; } = [];
    [Field("Platform id to the probability that a member has an account there; platforms not listed: 0.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Platform], Structural = true)]
    public Dictionary<string, double> Platforms { get; set; } = [];
    [Field("Probability of a session in an hour.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Platform], Lever = "activity (chance of a session each step)", LeverStep = 0.01)]
    public double Activity { get; set; } = 0.05;
    [Field("Adoption is multiplied by 1 - skepticism.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Platform])]
    public double Skepticism { get; set; } = 0.5;
    [Field("Probability that a believer reshares an item of a narrative it believes, per read.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Platform])]
    public double ShareProbability { get; set; } = 0.05;
    [Field("Probability that a believer writes a post of its own in a session on a platform.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Platform])]
    public double AuthorProbability { get; set; } = 0.02;
    [Field("Credibility, to this segment, of cascades started by audience members.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Platform])]
    public double PeerCredibility { get; set; } = 0.5;
    [Field("Narrative id to its appeal in this segment, replacing the narrative's own.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Platform])]
    public Dictionary<string, double> Appeal { get; set; } = [];
    [Field("Narrative id to the fraction of the segment believing it at step 0.", Min = 0, Max = 1, ReadBy = [BeliefModels.Contagion], Structural = true)]
    public Dictionary<string, double> InitialBelievers { get; set; } = [];
    [Field("The centre of the members' opinions at step 0.", Min = -1, Max = 1, ReadBy = [BeliefModels.BoundedConfidence], Structural = true)]
    public double InitialOpinion { get; set; }
    [Field("Opinions at step 0 are uniform on the centre +- spread (within -1 to 1).", Min = 0, ReadBy = [BeliefModels.BoundedConfidence], Structural = true)]
    public double OpinionSpread { get; set; } = 0.5;
    [Field("The members' partisanship, from -1 (left) to 1 (right); partisan targeting weighs its size.", Min = -1, Max = 1, ReadBy = [ScenarioModels.SimSoM], Structural = true)]
    public double Partisanship { get; set; }
    [Field("The members' misinformation score (how much low-quality content they share); misinformation targeting weighs it.", Min = 0, ReadBy = [ScenarioModels.SimSoM], Structural = true)]
    public double Misinformation { get; set; }
}

public sealed class NarrativeSpec
{
    [Field("The narrative's id.", IsId = true, Structural = true)]
    [JsonRequired] public string Id { get; set; } = "";
    [Field("Who pushes it (\"dprk\", \"rok\", ...); share of voice is reported per sponsor.", NonEmpty = true, Structural = true)]
    public string Sponsor { get; set; } = "organic";
    [Field("Ground truth, for the falsehood exposure share and moderation's accuracy.", Structural = true)]
    public bool Falsehood { get; set; }
    [Field("Base appeal.", Min = 0, Max = 1)]
    public double Appeal { get; set; } = 0.1;
    [Field("Narrative ids it contradicts (symmetric: if a opposes b, b opposes a); not itself.", ReadBy = [BeliefModels.Contagion], Structural = true)]
    public List<string> Opposes { get; set; } = [];
    [Field("The narrative's position on the opinion axis.", Min = -1, Max = 1, ReadBy = [BeliefModels.BoundedConfidence], Structural = true)]
    public double Stance { get; set; }
}

public sealed class ActorSpec
{
    [Field("The actor group's id.", IsId = true, Structural = true)]
    [JsonRequired] public string Id { get; set; } = "";
    [Field("What the group is.", Choices = typeof(ActorKinds), Structural = true)]
    [JsonRequired] public string Kind { get; set; } = "";
    [Field("The side it speaks for.", NonEmpty = true, Structural = true)]
    public string Sponsor { get; set; } = "organic";
    [Field("Accounts of the group on each of its platforms.", Min = 0, Max = ScenarioValidator.MaxAccountsPerActor, Structural = true)]
    [JsonRequired] public int Accounts { get; set; }
    [Field("Platform ids the group posts on, at least 1.", Structural = true)]
    [JsonRequired] public List<string> Platforms { get; set; } = [];
    [Field("Mix of language ids: the language of each post.", Min = 0, Max = 1)]
    [JsonRequired] public Dictionary<string, double> Languages { get; set; } = [];
    [Field("Original posts per account per platform per day.", Min = 0, Unit = "posts per day", Lever = "posts per day", LeverMax = 48, LeverStep = 0.5)]
    public double PostsPerDay { get; set; } = 4;
    [Field("Mix of narrative ids: the narrative of each post.", Min = 0, Max = 1)]
    [JsonRequired] public Dictionary<string, double> Narratives { get; set; } = [];
    [Field("Credibility to every segment.", Min = 0, Max = 1)]
    public double Credibility { get; set; } = 0.5;
    [Field("Segment id to credibility, replacing the overall one.", Min = 0, Max = 1)]
    public Dictionary<string, double> CredibilityBySegment { get; set; } = [];
    [Field("Whom the accounts get as followers.", Structural = true)]
    public FollowersSpec Followers { get; set; } = new();
    [Field("Expected reshares of each original post by other accounts of the group.", Min = 0)]
    public double Coordination { get; set; }
    [Field("Account detection is multiplied by 1 - evasion.", Min = 0, Max = 1)]
    public double Evasion { get; set; }
    [Field("How the group's banned accounts come back under new names.")]
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
    [Field("Segment ids the followers come from; empty: every segment.")]
    public List<string> Segments { get; set; } = [];
    [Field("Followers drawn per account and platform.", Min = 0, Max = ScenarioValidator.MaxAgents)]
    public int PerAccount { get; set; } = 100;
    [Field("random, or hubs (in proportion to 1 + a member's own followers).", Choices = typeof(FollowerTargeting))]
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
    [Field("contagion (exposures, thresholds, forgetting) or bounded-confidence (opinions moved by stances within epsilon); docs/model.md.", Choices = typeof(BeliefModels), Structural = true)]
    public string Model { get; set; } = BeliefModels.Contagion;
    [Field("Understood exposures needed before adoption is possible (complex contagion above 1).", Min = 1, ReadBy = [BeliefModels.Contagion])]
    public int Threshold { get; set; } = 1;
    [Field("Adoption is multiplied by 1 - entrenchment when the agent believes an opposed narrative.", Min = 0, Max = 1, ReadBy = [BeliefModels.Contagion])]
    public double Entrenchment { get; set; } = 0.5;
    [Field("Probability per step that a believer falls back to aware.", Min = 0, Max = 1, ReadBy = [BeliefModels.Contagion])]
    public double Forgetting { get; set; } = 0.002;
    [Field("Exposures within epsilon of one's opinion move it; believers are within epsilon / 2 of a stance.", Above = 0, Max = 2, RangeNote = "the width of the opinion axis", ReadBy = [BeliefModels.BoundedConfidence])]
    public double Epsilon { get; set; } = 0.5;
    [Field("How far an exposure moves the opinion towards the stance, times the source's credibility.", Above = 0, Max = 1, ReadBy = [BeliefModels.BoundedConfidence])]
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
    [Field("The first step with the new values (an event at or after the last step never fires).", Min = 0)]
    [JsonRequired] public int AtStep { get; set; }
    [Field("Dotted path to new value; list members by id, or * for every member: \"segments.us-public.skepticism\": 0.7.")]
    [JsonRequired] public JObject Set { get; set; } = [];
    [Field("What the event stands for.")]
    public string Description { get; set; } = "";
}
