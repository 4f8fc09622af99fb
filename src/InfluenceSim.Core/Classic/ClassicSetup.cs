using InfluenceSim.Metrics;
using InfluenceSim.Networks;
using InfluenceSim.Randomness;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>What a classic model builds one replicate from.</summary>
/// <param name="Network">Row v: the nodes v can reach (infect, activate, be listened to by).</param>
/// <param name="Parameters">The scenario's classic parameters; the model reads its own.</param>
/// <param name="Random">The replicate's stream for the model's dynamics.</param>
/// <param name="Counting">Where the process counts its nodes' states per segment.</param>
public sealed record ClassicSetup(CsrGraph Network, ClassicSpec Parameters, SimRandom Random, NodeCounting Counting)
{
    public int Nodes => Network.NodeCount;

    public MetricCounters Counters => Counting.Counters;

    /// <summary>The seed nodes of <see cref="ClassicSpec.Seeds"/>: a number or fraction, at random, by degree, or listed.</summary>
    public int[] ChooseSeeds()
    {
        var seeds = Parameters.Seeds;
        var count = seeds.Fraction is { } fraction ? (int)Math.Round(fraction * Nodes) : seeds.Count;
        var choice = seeds.Choice switch
        {
            SeedChoices.Degree => SeedChoice.HighestDegree,
            SeedChoices.Listed => SeedChoice.Listed,
            _ => SeedChoice.Random,
        };
        return Seeding.Choose(Network, count, choice, Random, seeds.Nodes);
    }

    /// <summary>Opinions 0 and 1, the share <see cref="ClassicSpec.InitialShare"/> of the nodes (chosen at random) holding 1.</summary>
    public double[] BinaryOpinions()
    {
        var opinions = new double[Nodes];
        foreach (var node in Seeding.Choose(Network, (int)Math.Round(Parameters.InitialShare * Nodes), SeedChoice.Random, Random)) opinions[node] = 1;
        return opinions;
    }

    /// <summary>Thresholds uniform on threshold +- spread, clipped to [0, 1].</summary>
    public double[] Thresholds()
    {
        var thresholds = new double[Nodes];
        for (var node = 0; node < Nodes; node++)
        {
            thresholds[node] = Math.Clamp(Parameters.Threshold + Parameters.ThresholdSpread * (2 * Random.NextDouble() - 1), 0, 1);
        }

        return thresholds;
    }
}

/// <summary>A replicate's process: one step of it, and a node's state (for the live page's network).</summary>
public sealed record ClassicProcess(Action Step, Func<int, double> StateOf);
