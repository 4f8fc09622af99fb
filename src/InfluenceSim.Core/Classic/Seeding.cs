using InfluenceSim.Networks;
using InfluenceSim.Randomness;

namespace InfluenceSim.Classic;

/// <summary>How the first active (infected, adopting) nodes of a classic model are chosen.</summary>
public enum SeedChoice
{
    /// <summary>Uniformly at random.</summary>
    Random,
    /// <summary>The nodes with the most out-edges (most followers), ties by node number.</summary>
    HighestDegree,
    /// <summary>The nodes given.</summary>
    Listed,
}

/// <summary>Picks seed nodes: a number of them, chosen at random, by highest degree, or listed.</summary>
public static class Seeding
{
    public static int[] Choose(CsrGraph graph, int count, SeedChoice choice, SimRandom random, IReadOnlyList<int>? listed = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(random);
        var n = graph.NodeCount;
        switch (choice)
        {
            case SeedChoice.Listed:
                ArgumentNullException.ThrowIfNull(listed);
                if (listed.Any(v => v < 0 || v >= n)) throw new ArgumentOutOfRangeException(nameof(listed), $"seed nodes must be between 0 and {n - 1}");
                return [.. listed.Distinct()];
            case SeedChoice.HighestDegree:
                return Enumerable.Range(0, n).OrderByDescending(graph.Degree).ThenBy(v => v).Take(count).ToArray();
            default:
                ArgumentOutOfRangeException.ThrowIfGreaterThan(count, n);
                var order = Enumerable.Range(0, n).ToArray();
                for (var i = 0; i < count; i++)
                {
                    var j = random.Next(i, n);
                    (order[i], order[j]) = (order[j], order[i]);
                }

                return order[..count];
        }
    }
}
