namespace InfluenceSim.Scenarios;

/// <summary>SimSoM's parameters (docs/simsom.md), named with the paper's symbols.</summary>
public sealed class SimSoMSpec
{
    /// <summary>Probability that an account posts a new message rather than resharing one from its feed.</summary>
    public double Mu { get; set; } = 0.5;
    /// <summary>Feed size: the newest messages an account keeps.</summary>
    public int Alpha { get; set; } = 15;
    /// <summary>Bots per human.</summary>
    public double Beta { get; set; } = 0.05;
    /// <summary>Infiltration: probability that a human follows a given bot.</summary>
    public double Gamma { get; set; } = 0.01;
    /// <summary>Deception: probability that a bot's message has appeal 1.</summary>
    public double Phi { get; set; }
    /// <summary>Flooding: copies of each message a bot pushes into each follower's feed.</summary>
    public int Theta { get; set; } = 1;
    /// <summary>Whom bots get as followers (<see cref="SimSoMTargetings"/>).</summary>
    public string Targeting { get; set; } = SimSoMTargetings.Random;
    /// <summary>Human messages' quality has density proportional to exp(qualityExponent x q) on [0, 1].</summary>
    public double QualityExponent { get; set; } = 10;
    /// <summary>Messages' appeal a has density e (1 - a)^(e - 1) on [0, 1], e the appeal exponent.</summary>
    public double AppealExponent { get; set; } = 5;
    /// <summary>Weight of the past in the smoothed quality.</summary>
    public double Rho { get; set; } = 0.8;
    /// <summary>Relative change of the smoothed quality under which SimSoM deems a run converged.</summary>
    public double Epsilon { get; set; } = 1e-4;
}

public static class SimSoMTargetings
{
    public const string Random = "random";
    public const string Hubs = "hubs";
    public const string Partisan = "partisan";
    public const string Misinformation = "misinformation";
    public static readonly IReadOnlyList<string> All = [Random, Hubs, Partisan, Misinformation];
}
