namespace InfluenceSim.Moderation;

/// <summary>
/// What moderation acts on, fixed for a run. Account numbers below <paramref name="AgentCount"/> are audience
/// agents; from it on, actor accounts (account - AgentCount indexes <paramref name="ActorOfAccount"/>).
/// </summary>
/// <param name="AgentCount">Audience agents.</param>
/// <param name="NarrativeFalsehood">Per narrative, whether it is a falsehood (ground truth for accuracy counts).</param>
/// <param name="ActorOfAccount">Per actor account, its actor group.</param>
/// <param name="ActorIsState">Per actor group, whether it is official state media (labelled state-affiliated).</param>
/// <param name="ActorIsDetectable">Per actor group, whether account detection can find it (state and proxy accounts).</param>
public sealed record ModerationSubjects(int AgentCount, bool[] NarrativeFalsehood, int[] ActorOfAccount, bool[] ActorIsState, bool[] ActorIsDetectable);
