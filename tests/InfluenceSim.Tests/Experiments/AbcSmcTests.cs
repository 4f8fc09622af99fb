using InfluenceSim.Experiments;
using InfluenceSim.Randomness;

namespace InfluenceSim.Tests.Experiments;

public class AbcSmcTests
{
    /// <summary>
    /// The mean of 20 draws of N(theta, 1), observed 2.0, under a uniform prior on [-10, 10]: the posterior of theta is
    /// N(2, 1/20) (sd 0.224) to within the truncation, and the sample mean is sufficient, so ABC on it converges to it
    /// as the tolerance shrinks.
    /// </summary>
    private static AbcSmc.Simulate GaussianMean(double observed) => (position, seed) =>
    {
        var random = new SimRandom(seed);
        double sum = 0;
        for (var i = 0; i < 20; i++) sum += position[0] + Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var mean = sum / 20;
        return (Math.Abs(mean - observed), [mean]);
    };

    private static AbcSmc.Population Run(int generations, int threads)
    {
        var abc = new AbcSmc([(-10, 10)], particles: 400, quantile: 0.5, seed: 42);
        AbcSmc.Population? population = null;
        for (var g = 0; g < generations; g++) population = abc.Next(population, GaussianMean(2.0), 1_000_000, threads)!;
        return population!;
    }

    [Test]
    public void RecoversTheKnownPosteriorOfAGaussianMean()
    {
        var population = Run(generations: 9, threads: 2);
        var mean = population.Particles.Sum(p => p.Weight * p.Position[0]);
        var sd = Math.Sqrt(population.Particles.Sum(p => p.Weight * Math.Pow(p.Position[0] - mean, 2)));
        Assert.Multiple(() =>
        {
            Assert.That(population.Particles.Sum(p => p.Weight), Is.EqualTo(1).Within(1e-9));
            Assert.That(population.Tolerance, Is.LessThan(0.2), "the tolerance shrank generation by generation");
            Assert.That(mean, Is.EqualTo(2).Within(0.05));
            Assert.That(sd, Is.InRange(0.19, 0.30), "the exact posterior's sd is 0.224; a tolerance above 0 widens it a little");
        });
    }

    [Test]
    public void ThePopulationDoesNotDependOnTheThreadCount()
    {
        var one = Run(generations: 3, threads: 1);
        var four = Run(generations: 3, threads: 4);
        Assert.That(four.Particles.Select(p => (p.Position[0], p.Weight, p.Distance)), Is.EqualTo(one.Particles.Select(p => (p.Position[0], p.Weight, p.Distance))));
    }

    [Test]
    public void GivesUpWhenTheBudgetRunsOut()
    {
        var abc = new AbcSmc([(-10, 10)], particles: 100, quantile: 0.5, seed: 1);
        Assert.That(abc.Next(null, GaussianMean(2.0), maxSimulations: 50, threads: 1), Is.Null);
    }
}
