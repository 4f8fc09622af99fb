namespace InfluenceSim.Scenarios;

/// <summary>
/// What a scenario runs: the platform model, or one of the classic models on its network. This file declares the
/// classic models: their names and, in <see cref="ClassicSpec"/>, their parameters (docs/development.md, "How to add a
/// classic model").
/// </summary>
public static class ScenarioModels
{
    public const string Platform = "platform";
    public const string SI = "si";
    public const string SIS = "sis";
    public const string SIR = "sir";
    public const string SEIR = "seir";
    public const string IndependentCascade = "independent-cascade";
    public const string LinearThreshold = "linear-threshold";
    public const string KerteszThreshold = "kertesz-threshold";
    public const string Voter = "voter";
    public const string MajorityRule = "majority-rule";
    public const string Sznajd = "sznajd";
    public const string QVoter = "q-voter";
    public const string Deffuant = "deffuant";
    public const string HegselmannKrause = "hegselmann-krause";
    public const string SimSoM = "simsom";

    public static readonly IReadOnlyList<string> All =
        [Platform, SI, SIS, SIR, SEIR, IndependentCascade, LinearThreshold, KerteszThreshold, Voter, MajorityRule, Sznajd, QVoter, Deffuant, HegselmannKrause, SimSoM];

    public static bool IsClassic(string model) => model != Platform;
}

/// <summary>The parameters of the classic models (docs/classic-models.md); each model reads the ones it needs.</summary>
public sealed class ClassicSpec
{
    [Field("Probability per edge and step that an infected node infects a susceptible one.", Min = 0, Max = 1, ReadBy = [ScenarioModels.SI, ScenarioModels.SIS, ScenarioModels.SIR, ScenarioModels.SEIR])]
    public double Transmission { get; set; } = 0.1;
    [Field("Probability per step that an infected node recovers.", Min = 0, Max = 1, ReadBy = [ScenarioModels.SIS, ScenarioModels.SIR, ScenarioModels.SEIR])]
    public double Recovery { get; set; } = 0.1;

    [Field("Probability per step that an exposed node becomes infectious (the mean incubation is 1 / incubation steps).", Min = 0, Max = 1, ReadBy = [ScenarioModels.SEIR])]
    public double Incubation { get; set; } = 0.2;
    [Field("Probability that a newly active node activates a neighbour.", Min = 0, Max = 1, ReadBy = [ScenarioModels.IndependentCascade])]
    public double Activation { get; set; } = 0.1;
    [Field("The mean threshold, a fraction of in-neighbours.", Min = 0, Max = 1, ReadBy = [ScenarioModels.LinearThreshold, ScenarioModels.KerteszThreshold])]
    public double Threshold { get; set; } = 0.2;
    [Field("Thresholds are uniform on threshold +- spread (within 0 to 1).", Min = 0, ReadBy = [ScenarioModels.LinearThreshold, ScenarioModels.KerteszThreshold])]
    public double ThresholdSpread { get; set; }

    [Field("The fraction of nodes, chosen at random, that never adopt (immune).", Min = 0, Max = 1, ReadBy = [ScenarioModels.KerteszThreshold])]
    public double Blocked { get; set; } = 0.1;

    [Field("Probability per step that a node adopts on its own, whatever its neighbours do (the flow of outside information).", Min = 0, Max = 1, ReadBy = [ScenarioModels.KerteszThreshold])]
    public double AdoptionRate { get; set; } = 0.002;
    [Field("The confidence bound.", Above = 0, ReadBy = [ScenarioModels.Deffuant, ScenarioModels.HegselmannKrause])]
    public double Epsilon { get; set; } = 0.2;
    [Field("How far two interacting opinions move towards each other.", Above = 0, Max = 0.5, ReadBy = [ScenarioModels.Deffuant])]
    public double Mu { get; set; } = 0.5;
    [Field("The share of nodes holding opinion 1 at the start.", Min = 0, Max = 1, ReadBy = [ScenarioModels.Voter, ScenarioModels.MajorityRule, ScenarioModels.Sznajd, ScenarioModels.QVoter])]
    public double InitialShare { get; set; } = 0.5;

    [Field("The size of the group that adopts its majority opinion in one update, odd.", Min = 3, ReadBy = [ScenarioModels.MajorityRule])]
    public int GroupSize { get; set; } = 3;

    [Field("The number of sources a node consults: it conforms only when all of them agree.", Min = 1, Max = 64, ReadBy = [ScenarioModels.QVoter])]
    public int Q { get; set; } = 4;

    [Field("Probability that a node acts independently in an update, taking either opinion with probability 1/2.", Min = 0, Max = 1, ReadBy = [ScenarioModels.QVoter])]
    public double Independence { get; set; }
    [Field("The first infected or active nodes.", ReadBy = [ScenarioModels.SI, ScenarioModels.SIS, ScenarioModels.SIR, ScenarioModels.SEIR, ScenarioModels.IndependentCascade, ScenarioModels.LinearThreshold, ScenarioModels.KerteszThreshold])]
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
