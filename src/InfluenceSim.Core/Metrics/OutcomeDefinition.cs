namespace InfluenceSim.Metrics;

/// <summary>One per-replicate outcome (a column of outcomes.csv): its name, the range it lies in, and how it is read from a recording.</summary>
public sealed record OutcomeDefinition(string Name, double Minimum, double? Maximum, Func<SeriesRecording, double> Of);
