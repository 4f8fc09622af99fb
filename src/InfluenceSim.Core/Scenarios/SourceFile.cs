namespace InfluenceSim.Scenarios;

/// <summary>Marks the JSON tokens a scenario took from a base file (through "extends"), so that errors name that file.</summary>
internal sealed record SourceFile(string Name);
