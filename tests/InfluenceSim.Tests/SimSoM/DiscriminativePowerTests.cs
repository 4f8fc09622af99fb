using InfluenceSim.Randomness;
using InfluenceSim.SimSoM;

namespace InfluenceSim.Tests.SimSoM;

/// <summary>The incremental Kendall's tau against the ranking SimSoM builds, computed pair by pair.</summary>
public class DiscriminativePowerTests
{
    [Test]
    public void TauMatchesSimSoMsRankingsComparedPairByPairAsMessagesAndSharesGrow()
    {
        var random = new SimRandom(4);
        var messages = new MessageStore();
        var measure = new DiscriminativePower();
        for (var batch = 0; batch < 6; batch++)
        {
            for (var i = 0; i < 40; i++)
            {
                var byBot = random.NextDouble() < 0.2;
                var message = messages.Add(byBot ? 0 : Math.Round(random.NextDouble(), 1), 0.5, byBot);
                var shares = byBot ? 0 : random.Next(4);
                for (var s = 0; s < shares; s++) messages.CountHumanShare(message);
            }

            for (var s = 0; s < 30; s++) messages.CountHumanShare(random.Next(messages.Count));
            Assert.That(measure.Measure(messages), Is.EqualTo(ReferenceTau(messages)).Within(1e-12), $"after batch {batch}");
        }
    }

    [Test]
    public void MessagesSharedInTheOrderOfTheirQualityGiveOneAndInTheReverseOrderMinusOne()
    {
        var messages = new MessageStore();
        for (var i = 0; i < 5; i++)
        {
            var message = messages.Add(0.1 * (i + 1), 0.5, byBot: false);
            for (var s = 0; s < i; s++) messages.CountHumanShare(message);
        }

        Assert.That(new DiscriminativePower().Measure(messages), Is.EqualTo(1));
        var reversed = new MessageStore();
        for (var i = 0; i < 5; i++)
        {
            var message = reversed.Add(0.1 * (5 - i), 0.5, byBot: false);
            for (var s = 0; s < i; s++) reversed.CountHumanShare(message);
        }

        Assert.That(new DiscriminativePower().Measure(reversed), Is.EqualTo(-1));
    }

    /// <summary>SimSoM's measure_kendall_tau: rank by quality (stable on message number), then stably by shares; tau over all pairs of the two rankings.</summary>
    private static double ReferenceTau(MessageStore messages)
    {
        var quality = messages.Quality.ToArray();
        var shares = messages.HumanShares.ToArray();
        var byQuality = Enumerable.Range(0, messages.Count).OrderBy(m => quality[m]).ThenBy(m => m).ToArray();
        var qualityRank = new int[messages.Count];
        for (var r = 0; r < byQuality.Length; r++) qualityRank[byQuality[r]] = r;
        var byShares = byQuality.OrderBy(m => shares[m]).ToArray();
        var shareRank = new int[messages.Count];
        for (var r = 0; r < byShares.Length; r++) shareRank[byShares[r]] = r;
        long concordant = 0, discordant = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            for (var j = i + 1; j < messages.Count; j++)
            {
                if (Math.Sign(qualityRank[i] - qualityRank[j]) == Math.Sign(shareRank[i] - shareRank[j])) concordant++;
                else discordant++;
            }
        }

        return (concordant - discordant) / (double)(concordant + discordant);
    }
}
