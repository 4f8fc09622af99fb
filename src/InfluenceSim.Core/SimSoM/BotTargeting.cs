namespace InfluenceSim.SimSoM;

/// <summary>Whom SimSoM's bots get to follow them (its init_net targeting criteria).</summary>
public enum BotTargeting
{
    /// <summary>Humans picked uniformly.</summary>
    Random,

    /// <summary>Humans picked in proportion to their followers.</summary>
    Hubs,

    /// <summary>Humans picked in proportion to the strength of their partisanship, |partisanship|.</summary>
    Partisan,

    /// <summary>Humans picked in proportion to their misinformation score (how much low-quality content they share).</summary>
    Misinformation,
}
