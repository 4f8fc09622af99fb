using InfluenceSim.Randomness;
using MathNet.Numerics.Statistics;

namespace InfluenceSim.Experiments;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo: population Monte Carlo with adaptive tolerances
/// (Beaumont, Cornuet, Marin and Robert 2009; tolerances as quantiles of the last population's distances, Del Moral,
/// Doucet and Jasra 2012). Parameters live on a scale where their prior is uniform (the logarithm for a log-uniform
/// prior), so the prior density is constant inside its bounds. Generation 0 draws the prior; each later generation
/// resamples the last by weight, moves each draw by a Gaussian kernel of twice the last population's weighted
/// variance per parameter, discards moves outside the prior, simulates, and keeps those within the tolerance, with
/// weight 1 / sum_j w_j K(theta | theta_j). Proposals are drawn in batches in a fixed order and kept in that order,
/// and every simulation has its own seed from (seed, generation, proposal), so the population does not depend on
/// how many simulations run at once.
/// </summary>
public sealed class AbcSmc(IReadOnlyList<(double Low, double High)> bounds, int particles, double quantile, ulong seed)
{
    /// <summary>One accepted particle: where it is (on the uniform scale), its weight, distance and simulated values.</summary>
    public sealed record Particle(double[] Position, double Weight, double Distance, double[] Simulated);

    /// <summary>A population and the tolerance it was accepted at (infinity for generation 0).</summary>
    public sealed record Population(int Generation, double Tolerance, int Simulations, IReadOnlyList<Particle> Particles);

    /// <summary>Simulates at a position (uniform scale) with a seed, for the distance and the simulated values.</summary>
    public delegate (double Distance, double[] Simulated) Simulate(double[] position, ulong simulationSeed);

    /// <summary>
    /// Simulates a batch of proposals (null: a proposal outside the prior, not simulated), each with
    /// <see cref="SimulationSeed"/>; by default here on <c>threads</c> threads, or shared between processes.
    /// </summary>
    public delegate (double Distance, double[] Simulated)?[] EvaluateBatch(int generation, int batch, double[]?[] proposals);

    public IReadOnlyList<(double Low, double High)> Bounds { get; } = bounds ?? throw new ArgumentNullException(nameof(bounds));

    /// <summary>The next population after <paramref name="previous"/> (null for generation 0).</summary>
    /// <param name="previous">The last population, or null.</param>
    /// <param name="simulate">The model.</param>
    /// <param name="maxSimulations">Give up (return null) when the generation would need more simulations than this.</param>
    /// <param name="threads">Simulations run at once.</param>
    /// <param name="cancellation">Stops between batches.</param>
    /// <param name="evaluate">Simulates a batch; by default on this process's threads.</param>
    public Population? Next(Population? previous, Simulate simulate, long maxSimulations, int threads, EvaluateBatch? evaluate = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(simulate);
        evaluate ??= (generation, batch, proposals) => Evaluate(simulate, generation, batch, proposals, threads, cancellation);
        var generation = previous is null ? 0 : previous.Generation + 1;
        var tolerance = previous is null ? double.PositiveInfinity : Quantile(previous.Particles.Select(p => p.Distance), quantile);
        var spread = previous is null ? null : KernelSpread(previous.Particles);
        var accepted = new List<Particle>();
        var simulations = 0;
        for (var batch = 0; accepted.Count < particles; batch++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (simulations + particles > maxSimulations) return null;
            var random = new SimRandom(SimRandom.DeriveSeed(seed, (ulong)generation, (ulong)batch));
            var proposals = Enumerable.Range(0, particles).Select(_ => Propose(previous, spread, random)).ToArray();
            var results = evaluate(generation, batch, proposals);
            simulations += proposals.Count(p => p is not null);
            for (var i = 0; i < proposals.Length && accepted.Count < particles; i++)
            {
                if (results[i] is not { } result || !(result.Distance <= tolerance)) continue;
                var position = proposals[i]!;
                accepted.Add(new Particle(position, Weight(position, previous, spread), result.Distance, result.Simulated));
            }
        }

        var total = accepted.Sum(p => p.Weight);
        return new Population(generation, tolerance, simulations, accepted.Select(p => p with { Weight = p.Weight / total }).ToArray());
    }

    /// <summary>The seed of one proposal's simulation.</summary>
    public ulong SimulationSeed(int generation, int batch, int proposal) => SimRandom.DeriveSeed(seed, (ulong)generation, (ulong)batch, (ulong)proposal);

    /// <summary>Simulates the proposals whose index is in <paramref name="which"/> (all by default) on up to <paramref name="threads"/> threads.</summary>
    public (double Distance, double[] Simulated)?[] Evaluate(Simulate simulate, int generation, int batch, double[]?[] proposals, int threads,
        CancellationToken cancellation, Func<int, bool>? which = null)
    {
        ArgumentNullException.ThrowIfNull(simulate);
        ArgumentNullException.ThrowIfNull(proposals);
        var results = new (double Distance, double[] Simulated)?[proposals.Length];
        Parallel.For(0, proposals.Length, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellation }, i =>
        {
            if (proposals[i] is { } position && (which?.Invoke(i) ?? true)) results[i] = simulate(position, SimulationSeed(generation, batch, i));
        });
        return results;
    }

    /// <summary>A draw from the prior, or a moved resample of the last population; null when the move leaves the prior's bounds.</summary>
    private double[]? Propose(Population? previous, double[]? spread, SimRandom random)
    {
        if (previous is null) return Bounds.Select(b => b.Low + (b.High - b.Low) * random.NextDouble()).ToArray();
        var pick = random.NextDouble();
        var chosen = previous.Particles[^1];
        foreach (var particle in previous.Particles)
        {
            pick -= particle.Weight;
            if (pick >= 0) continue;
            chosen = particle;
            break;
        }

        var moved = chosen.Position.Select((x, d) => x + spread![d] * random.NextStandardNormal()).ToArray();
        return moved.Select((x, d) => x >= Bounds[d].Low && x <= Bounds[d].High).All(inside => inside) ? moved : null;
    }

    /// <summary>
    /// The kernel's standard deviation per parameter: the square root of twice the population's weighted variance, and
    /// at least a millionth of the prior's width, so that a population collapsed on one value still moves.
    /// </summary>
    private double[] KernelSpread(IReadOnlyList<Particle> population)
    {
        var dimensions = population[0].Position.Length;
        return Enumerable.Range(0, dimensions).Select(d =>
        {
            var mean = population.Sum(p => p.Weight * p.Position[d]);
            var variance = population.Sum(p => p.Weight * (p.Position[d] - mean) * (p.Position[d] - mean));
            return Math.Max(Math.Sqrt(2 * variance), 1e-6 * (Bounds[d].High - Bounds[d].Low));
        }).ToArray();
    }

    /// <summary>Importance weight: the (constant) prior density over the mixture of kernels the proposal came from.</summary>
    private static double Weight(double[] position, Population? previous, double[]? spread)
    {
        if (previous is null) return 1;
        double mixture = 0;
        foreach (var particle in previous.Particles)
        {
            double density = 1;
            for (var d = 0; d < position.Length; d++)
            {
                var z = (position[d] - particle.Position[d]) / spread![d];
                density *= Math.Exp(-0.5 * z * z) / spread[d];
            }

            mixture += particle.Weight * density;
        }

        return mixture > 0 ? 1 / mixture : 0;
    }

    private static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return SortedArrayStatistics.QuantileCustom(sorted, q, QuantileDefinition.R7);
    }
}
