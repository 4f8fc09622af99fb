namespace InfluenceSim.Scenarios;

/// <summary>What a scenario runs: the platform model, or one of the classic models on its network.</summary>
public static class ScenarioModels
{
    public const string Platform = "platform";
    public const string SI = "si";
    public const string SIS = "sis";
    public const string SIR = "sir";
    public const string IndependentCascade = "independent-cascade";
    public const string LinearThreshold = "linear-threshold";
    public const string Voter = "voter";
    public const string Deffuant = "deffuant";
    public const string HegselmannKrause = "hegselmann-krause";
    public const string SimSoM = "simsom";

    public static readonly IReadOnlyList<string> All =
        [Platform, SI, SIS, SIR, IndependentCascade, LinearThreshold, Voter, Deffuant, HegselmannKrause, SimSoM];

    public static bool IsClassic(string model) => model != Platform;
}
