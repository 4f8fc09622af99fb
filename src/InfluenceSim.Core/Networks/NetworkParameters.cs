namespace InfluenceSim.Networks;

/// <summary>A generated network: its model and parameters.</summary>
/// <param name="Model">One of the generated <see cref="NetworkModels"/>.</param>
/// <param name="AvgFollows">Mean number of accounts each account follows.</param>
/// <param name="Homophily">sbm and random-walk: share of follows inside the follower's own block.</param>
/// <param name="Rewire">watts-strogatz: probability of rewiring each lattice edge.</param>
/// <param name="Mixing">sbm: explicit weights from a block (by id) to the blocks it follows; replaces homophily.</param>
/// <param name="FriendOfFriend">random-walk: probability that each follow after the first goes to an account the first one follows.</param>
/// <param name="FollowsSpread">random-walk: sigma of the lognormal numbers of follows (0: every account follows AvgFollows).</param>
public sealed record NetworkParameters(string Model, double AvgFollows, double Homophily = 0.8, double Rewire = 0.1,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? Mixing = null, double FriendOfFriend = 0.5, double FollowsSpread = 0);
