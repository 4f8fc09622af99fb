namespace InfluenceSim.Moderation;

/// <summary>Per actor group, what decides how its accounts fare under moderation during a step.</summary>
/// <param name="Evasion">Factor (1 - evasion) on account detection.</param>
/// <param name="RecreateDelaySteps">Steps before a banned account comes back under a new name.</param>
/// <param name="FollowerRetention">Share of its followers a re-created account keeps.</param>
/// <param name="RecreateMax">How many times each banned account may come back.</param>
public sealed record ActorModeration(double[] Evasion, int[] RecreateDelaySteps, double[] FollowerRetention, int[] RecreateMax);
