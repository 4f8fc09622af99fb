namespace InfluenceSim.Scenarios;

/// <summary>The parameters of the classic models (docs/classic-models.md); each model reads the ones it needs.</summary>
public sealed class ClassicSpec
{
    [Field("Probability per edge and step that an infected node infects a susceptible one.", Min = 0, Max = 1, ReadBy = [ScenarioModels.SI, ScenarioModels.SIS, ScenarioModels.SIR])]
    public double Transmission { get; set; } = 0.1;
    [Field("Probability per step that an infected node recovers.", Min = 0, Max = 1, ReadBy = [ScenarioModels.SIS, ScenarioModels.SIR])]
    public double Recovery { get; set; } = 0.1;
    [Field("Probability that a newly active node activates a neighbour.", Min = 0, Max = 1, ReadBy = [ScenarioModels.IndependentCascade])]
    public double Activation { get; set; } = 0.1;
    [Field("The mean threshold, a fraction of in-neighbours.", Min = 0, Max = 1, ReadBy = [ScenarioModels.LinearThreshold])]
    public double Threshold { get; set; } = 0.2;
    [Field("Thresholds are uniform on threshold +- spread (within 0 to 1).", Min = 0, ReadBy = [ScenarioModels.LinearThreshold])]
    public double ThresholdSpread { get; set; }
    [Field("The confidence bound.", Above = 0, ReadBy = [ScenarioModels.Deffuant, ScenarioModels.HegselmannKrause])]
    public double Epsilon { get; set; } = 0.2;
    [Field("How far two interacting opinions move towards each other.", Above = 0, Max = 0.5, ReadBy = [ScenarioModels.Deffuant])]
    public double Mu { get; set; } = 0.5;
    [Field("The share of nodes holding opinion 1 at the start.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Voter])]
    public double InitialShare { get; set; } = 0.5;
    [Field("The first infected or active nodes.", ReadBy = [ScenarioModels.SI, ScenarioModels.SIS, ScenarioModels.SIR, ScenarioModels.IndependentCascade, ScenarioModels.LinearThreshold])]
    public SeedSpec Seeds { get; set; } = new();
}

/// <summary>A number or fraction of seed nodes, chosen at random, by highest degree, or listed.</summary>
public sealed class SeedSpec
{
    [Field("Seed nodes, at most the number of nodes.", Min = 0)]
    public int Count { get; set; } = 1;
    [Field("A fraction of all nodes, replacing count.", Min = 0, Max = 1)]
    public double? Fraction { get; set; }
    [Field("random, degree (most out-edges) or listed.", Choices = typeof(SeedChoices))]
    public string Choice { get; set; } = SeedChoices.Random;
    [Field("listed: the node numbers, 0 to nodes - 1 (agents counted from 0 in segment order).")]
    public List<int> Nodes { get; set; } = [];
}

public static class SeedChoices
{
    public const string Random = "random";
    public const string Degree = "degree";
    public const string Listed = "listed";
    public static readonly IReadOnlyList<string> All = [Random, Degree, Listed];
}
