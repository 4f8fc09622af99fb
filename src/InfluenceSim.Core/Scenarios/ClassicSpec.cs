namespace InfluenceSim.Scenarios;

/// <summary>The parameters of the classic models (docs/classic-models.md); each model reads the ones it needs.</summary>
public sealed class ClassicSpec
{
    /// <summary>si, sis, sir: probability per edge and step that an infected node infects a susceptible one.</summary>
    public double Transmission { get; set; } = 0.1;
    /// <summary>sis, sir: probability per step that an infected node recovers.</summary>
    public double Recovery { get; set; } = 0.1;
    /// <summary>independent-cascade: probability that a newly active node activates a neighbour.</summary>
    public double Activation { get; set; } = 0.1;
    /// <summary>linear-threshold: the mean threshold, a fraction of in-neighbours.</summary>
    public double Threshold { get; set; } = 0.2;
    /// <summary>linear-threshold: thresholds are uniform on threshold +- spread (within 0 to 1).</summary>
    public double ThresholdSpread { get; set; }
    /// <summary>deffuant, hegselmann-krause: the confidence bound.</summary>
    public double Epsilon { get; set; } = 0.2;
    /// <summary>deffuant: how far two interacting opinions move towards each other.</summary>
    public double Mu { get; set; } = 0.5;
    /// <summary>voter: the share of nodes holding opinion 1 at the start.</summary>
    public double InitialShare { get; set; } = 0.5;
    /// <summary>si, sis, sir, independent-cascade, linear-threshold: the first infected or active nodes.</summary>
    public SeedSpec Seeds { get; set; } = new();
}

/// <summary>A number or fraction of seed nodes, chosen at random, by highest degree, or listed.</summary>
public sealed class SeedSpec
{
    public int Count { get; set; } = 1;
    /// <summary>A fraction of all nodes, replacing count.</summary>
    public double? Fraction { get; set; }
    public string Choice { get; set; } = SeedChoices.Random;
    /// <summary>listed: the node numbers (agents counted from 0 in segment order).</summary>
    public List<int> Nodes { get; set; } = [];
}

public static class SeedChoices
{
    public const string Random = "random";
    public const string Degree = "degree";
    public const string Listed = "listed";
    public static readonly IReadOnlyList<string> All = [Random, Degree, Listed];
}
