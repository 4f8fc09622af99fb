namespace InfluenceSim.Metrics;

/// <summary>What the outputs need to know of a narrative: its id, who sponsors it and whether it is a falsehood.</summary>
public sealed record NarrativeInfo(string Id, string Sponsor, bool Falsehood);
