namespace InfluenceSim.SimSoM;

/// <summary>
/// The parameters of SimSoM (Truong, Lou, Flammini and Menczer 2024), named as in the paper.
/// </summary>
/// <param name="Mu">Probability that an account posts a new message rather than resharing one from its feed.</param>
/// <param name="Alpha">Feed size: the newest messages an account keeps (SimSoM's sigma).</param>
/// <param name="Phi">Deception: probability that a bot's message has appeal 1.</param>
/// <param name="Theta">Flooding: copies of each message a bot pushes into each follower's feed.</param>
/// <param name="QualityExponent">Human messages' quality has density proportional to exp(lambda q) on [0, 1].</param>
/// <param name="AppealExponent">Messages' appeal has density e (1 - a)^(e - 1) on [0, 1].</param>
/// <param name="Rho">Weight of the past in SimSoM's smoothed quality: q = rho q + (1 - rho) (this step's average).</param>
/// <param name="Epsilon">SimSoM's convergence: the smoothed quality changes by less than this fraction in a step.</param>
public sealed record SimSoMParameters(
    double Mu = 0.5,
    int Alpha = 15,
    double Phi = 0,
    int Theta = 1,
    double QualityExponent = 10,
    double AppealExponent = 5,
    double Rho = 0.8,
    double Epsilon = 1e-4)
{
    /// <summary>
    /// The mean quality of a human message, 1 / (1 - exp(-lambda)) - 1 / lambda (1/2 for lambda 0). With no bots it is
    /// also the expected quality of what people see, because nothing in SimSoM selects on quality.
    /// </summary>
    public double MeanHumanQuality =>
        QualityExponent == 0 ? 0.5 : 1 / (1 - Math.Exp(-QualityExponent)) - 1 / QualityExponent;
}
