namespace InfluenceSim.Beliefs;

/// <summary>An agent's state for one narrative in the contagion model.</summary>
public enum BeliefState : byte
{
    Unaware = 0,
    Aware = 1,
    Believer = 2,
}
