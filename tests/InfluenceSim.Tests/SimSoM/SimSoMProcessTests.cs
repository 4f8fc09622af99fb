using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.SimSoM;

namespace InfluenceSim.Tests.SimSoM;

/// <summary>SimSoM's dynamics against values computed by hand on tiny networks, and its no-bot baseline against the mean quality.</summary>
public class SimSoMProcessTests
{
    /// <summary>
    /// G and bot B follow no one, so each posts a new message every step; H follows both (feed of 2: this step's two
    /// messages, ages 0) and F follows H (feed: H's last two messages). H posts new with probability mu, else reshares
    /// G's message with probability a_G / (a_G + theta a_B). The humans' feeds hold 4 items: G's message, B's
    /// (quality 0) and two of H's, each of expected quality m (mu + (1 - mu) E[a_G / (a_G + theta a_B)]).
    /// </summary>
    [TestCase(1, 0.0)]
    [TestCase(4, 1.0)]
    public void TheStationaryFeedQualityOnATinyNetworkIsTheHandComputedValue(int theta, double phi)
    {
        const int g = 0, h = 1, f = 2, bot = 3;
        var edges = new EdgeBuffer();
        edges.Add(g, h);
        edges.Add(bot, h);
        edges.Add(h, f);
        var parameters = new SimSoMParameters(Mu: 0.3, Alpha: 2, Phi: phi, Theta: theta);
        var network = edges.Build(4);
        var m = parameters.MeanHumanQuality;
        var keepsG = phi == 0 && theta == 1 ? 0.5 : AppealShareAgainst(theta * 1.0, parameters.AppealExponent);
        var expected = (m + 0 + 2 * m * (parameters.Mu + (1 - parameters.Mu) * keepsG)) / 4;

        double sum = 0;
        const int runs = 20, warmUp = 5, steps = 2000;
        for (var run = 0; run < runs; run++)
        {
            var process = new SimSoMProcess(network, humans: 3, parameters, new SimRandom(12 + (ulong)run));
            for (var step = 0; step < warmUp + steps; step++)
            {
                process.Step();
                if (step >= warmUp) sum += process.Measures.AverageFeedQuality;
            }

            Assert.That(process.Feeds.CountOf(g), Is.Zero);
            Assert.That(process.Feeds.CountOf(h), Is.EqualTo(2));
            Assert.That(process.Feeds.CountOf(f), Is.EqualTo(2));
        }

        Assert.That(sum / (runs * steps), Is.EqualTo(expected).Within(0.005), $"theta {theta}, phi {phi}: E[a/(a + theta)] = {keepsG:F4}");
    }

    [Test]
    public void WithoutBotsTheFeedsAverageTheMeanQualityOfAMessage()
    {
        var edges = new EdgeBuffer();
        RandomWalkGrowth.Generate([0, 2000], 20, 0.5, 0, new SimRandom(5), edges);
        var parameters = new SimSoMParameters();
        var process = new SimSoMProcess(edges.Build(2000), humans: 2000, parameters, new SimRandom(6));
        double sum = 0;
        const int warmUp = 10, steps = 150;
        for (var step = 0; step < warmUp + steps; step++)
        {
            process.Step();
            if (step >= warmUp) sum += process.Measures.AverageFeedQuality;
            Assert.That(process.Measures.LowQualityExposure, Is.Zero);
        }

        Assert.That(parameters.MeanHumanQuality, Is.EqualTo(0.9).Within(0.0001), "1 / (1 - e^-10) - 1/10");
        Assert.That(sum / steps, Is.EqualTo(parameters.MeanHumanQuality).Within(0.01));
    }

    [Test]
    public void NewMessagesFollowSimSoMsQualityAndAppealDistributions()
    {
        var edges = new EdgeBuffer();
        var process = new SimSoMProcess(edges.Build(1000), humans: 1000, new SimSoMParameters(), new SimRandom(8));
        for (var step = 0; step < 100; step++) process.Step();
        var quality = process.Messages.Quality.ToArray();
        var appeal = process.Messages.Appeal.ToArray();
        Assert.That(quality, Has.Length.EqualTo(100_000), "accounts with empty feeds always post");
        Assert.That(quality.Average(), Is.EqualTo(0.9).Within(0.002));
        Assert.That(quality.Count(q => q < 0.5) / (double)quality.Length, Is.EqualTo((Math.Exp(5) - 1) / (Math.Exp(10) - 1)).Within(0.001),
            "P(q < 1/2) = (e^5 - 1) / (e^10 - 1)");
        Assert.That(appeal.Average(), Is.EqualTo(1 / 6.0).Within(0.002), "appeal density 5 (1 - a)^4 has mean 1/6");
    }

    /// <summary>E[a / (a + c)] for appeal a with density e (1 - a)^(e - 1), by Simpson's rule.</summary>
    private static double AppealShareAgainst(double c, double exponent)
    {
        const int intervals = 20_000;
        double Integrand(double a) => a / (a + c) * exponent * Math.Pow(1 - a, exponent - 1);
        double sum = Integrand(0) + Integrand(1);
        for (var i = 1; i < intervals; i++) sum += (i % 2 == 1 ? 4 : 2) * Integrand(i / (double)intervals);
        return sum / (3.0 * intervals);
    }
}
