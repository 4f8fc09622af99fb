namespace InfluenceSim.Classic;

/// <summary>Mean, standard deviation and number of clusters of a set of opinions.</summary>
public sealed record OpinionStatistics(double Mean, double StandardDeviation, int Clusters, int MajorClusters)
{
    /// <summary>
    /// Clusters are the groups left when the sorted opinions are cut wherever two neighbours differ by more than
    /// <paramref name="gap"/>; major clusters hold at least <paramref name="majorShare"/> of the nodes.
    /// </summary>
    public static OpinionStatistics Of(ReadOnlySpan<double> opinions, double gap = 1e-3, double majorShare = 0.02)
    {
        if (opinions.Length == 0) return new OpinionStatistics(0, 0, 0, 0);
        var sorted = opinions.ToArray();
        Array.Sort(sorted);
        var mean = sorted.Average();
        var sd = Math.Sqrt(sorted.Sum(x => (x - mean) * (x - mean)) / sorted.Length);
        var clusters = 0;
        var major = 0;
        var start = 0;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i < sorted.Length && sorted[i] - sorted[i - 1] <= gap) continue;
            clusters++;
            if (i - start >= majorShare * sorted.Length) major++;
            start = i;
        }

        return new OpinionStatistics(mean, sd, clusters, major);
    }
}
