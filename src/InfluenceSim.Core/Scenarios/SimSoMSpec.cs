namespace InfluenceSim.Scenarios;

/// <summary>SimSoM's parameters (docs/simsom.md), named with the paper's symbols.</summary>
public sealed class SimSoMSpec
{
    [Field("Probability that an account posts a new message rather than resharing one from its feed.", Min = 0, Max = 1)]
    public double Mu { get; set; } = 0.5;
    [Field("Feed size: the newest messages an account keeps.", Min = 1)]
    public int Alpha { get; set; } = 15;
    [Field("Bots per human (round(beta x humans) bots).", Min = 0)]
    public double Beta { get; set; } = 0.05;
    [Field("Infiltration: probability that a human follows a given bot.", Min = 0, Max = 1)]
    public double Gamma { get; set; } = 0.01;
    [Field("Deception: probability that a bot's message has appeal 1.", Min = 0, Max = 1)]
    public double Phi { get; set; }
    [Field("Flooding: copies of each bot message pushed into each follower's feed.", Min = 1)]
    public int Theta { get; set; } = 1;
    [Field("Whom bots get as followers: random, hubs (by followers), partisan (by the segment's abs(partisanship)) or misinformation (by the segment's score); the last two need a segment with a weight above 0.", Choices = typeof(SimSoMTargetings))]
    public string Targeting { get; set; } = SimSoMTargetings.Random;
    [Field("Human messages' quality has density proportional to exp(qualityExponent x q) on [0, 1].", Min = 0, Max = 100,
        Source = "Truong et al. 2024 (SimSoM): the paper's published results were made with 10 (their model field reads \"quality exp q=10\"; bot-free quality 0.90); SimSoM's public message.py draws with 5 (docs/simsom.md)")]
    public double QualityExponent { get; set; } = 10;
    [Field("Appeal a has density e (1 - a)^(e - 1) on [0, 1], e the appeal exponent.", Above = 0,
        Source = "SimSoM's public code (osome-iu/SimSoM, message.py): exponent 5, mean appeal 1/6 (docs/simsom.md)")]
    public double AppealExponent { get; set; } = 5;
    [Field("Weight of the past in the smoothed quality.", Min = 0, Below = 1)]
    public double Rho { get; set; } = 0.8;
    [Field("Relative change of the smoothed quality under which SimSoM would stop (the converged metric).", Above = 0)]
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
