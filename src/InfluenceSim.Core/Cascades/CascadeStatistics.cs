using MathNet.Numerics.Statistics;

namespace InfluenceSim.Cascades;

/// <summary>
/// The cascades of one replicate reduced to what is compared over replicates: per group of cascades (each narrative,
/// each sponsor, all), each measure's mean, median, 90th and 99th percentiles and the shares of cascades above 100
/// and 1,000 posts; per narrative, the complementary cumulative distributions of size and depth at fixed points and
/// the mean structural virality by size class. A statistic of a group without cascades is NaN.
/// </summary>
public sealed class CascadeStatistics
{
    /// <summary>Sizes at which the size distribution is read: 1, 2, 3, 5, 10, 20, 30, 50, ... up to 5 million.</summary>
    public static readonly int[] SizePoints = [.. Enumerable.Range(0, 7).SelectMany(k => new[] { 1, 2, 3, 5 }.Select(m => m * (int)Math.Pow(10, k)))];

    /// <summary>Depths at which the depth distribution is read.</summary>
    public static readonly int[] DepthPoints = [1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 100, 200, 500, 1000];

    /// <summary>Lower ends of the size classes for structural virality: [2, 3), [3, 5), [5, 10), ...</summary>
    public static readonly int[] ViralityClasses = [.. SizePoints.Skip(1)];

    public const int LargeCascade = 100;
    public const int VeryLargeCascade = 1000;

    private CascadeStatistics(IReadOnlyList<GroupStatistics> groups, IReadOnlyList<NarrativeCurves> curves)
    {
        Groups = groups;
        Curves = curves;
    }

    /// <summary>Groups in order: each narrative, each sponsor, then all cascades.</summary>
    public IReadOnlyList<GroupStatistics> Groups { get; }

    /// <summary>Per narrative, in order.</summary>
    public IReadOnlyList<NarrativeCurves> Curves { get; }

    /// <param name="cascades">A replicate's cascades.</param>
    /// <param name="sponsorOfNarrative">Per narrative, the number of its sponsor.</param>
    /// <param name="sponsors">How many sponsors there are.</param>
    /// <param name="threads">Threads the groups' measures are sorted on, one (group, measure) at a time; the result is the same on any number.</param>
    public static CascadeStatistics Of(IReadOnlyList<Cascade> cascades, IReadOnlyList<int> sponsorOfNarrative, int sponsors, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(cascades);
        ArgumentNullException.ThrowIfNull(sponsorOfNarrative);
        var narratives = sponsorOfNarrative.Count;
        var byNarrative = Enumerable.Range(0, narratives).Select(_ => new List<Cascade>()).ToArray();
        var bySponsor = Enumerable.Range(0, sponsors).Select(_ => new List<Cascade>()).ToArray();
        foreach (var cascade in cascades)
        {
            byNarrative[cascade.Narrative].Add(cascade);
            bySponsor[sponsorOfNarrative[cascade.Narrative]].Add(cascade);
        }

        IReadOnlyList<Cascade>[] groups = [.. byNarrative, .. bySponsor, cascades];
        var measures = CascadeMeasures.All;
        var summaries = new MeasureSummary[groups.Length * measures.Count];
        Parallel.For(0, summaries.Length, new ParallelOptions { MaxDegreeOfParallelism = threads },
            job => summaries[job] = MeasureSummary.Of(groups[job / measures.Count], measures[job % measures.Count]));
        var statistics = groups.Select((group, g) => GroupStatistics.Of(group, summaries.AsSpan(g * measures.Count, measures.Count))).ToArray();
        return new CascadeStatistics(statistics, byNarrative.Select(NarrativeCurves.Of).ToArray());
    }

    /// <summary>One group's statistics; per measure, in the order of <see cref="CascadeMeasures.All"/>.</summary>
    public sealed record GroupStatistics(int Count, double[] Mean, double[] Median, double[] P90, double[] P99, double ShareAbove100, double ShareAbove1000)
    {
        /// <param name="cascades">The group's cascades.</param>
        /// <param name="summaries">Per measure, its summary over the group.</param>
        internal static GroupStatistics Of(IReadOnlyList<Cascade> cascades, ReadOnlySpan<MeasureSummary> summaries)
        {
            var (mean, median, p90, p99) = (new double[summaries.Length], new double[summaries.Length], new double[summaries.Length], new double[summaries.Length]);
            for (var m = 0; m < summaries.Length; m++) (mean[m], median[m], p90[m], p99[m]) = summaries[m];
            var (above100, above1000) = (0, 0);
            foreach (var cascade in cascades)
            {
                if (cascade.Size > LargeCascade) above100++;
                if (cascade.Size > VeryLargeCascade) above1000++;
            }

            double Share(int above) => cascades.Count == 0 ? double.NaN : above / (double)cascades.Count;
            return new GroupStatistics(cascades.Count, mean, median, p90, p99, Share(above100), Share(above1000));
        }
    }

    /// <summary>One measure over a group of cascades: mean, median, 90th and 99th percentiles (NaN when it applies to none).</summary>
    internal readonly record struct MeasureSummary(double Mean, double Median, double P90, double P99)
    {
        public static MeasureSummary Of(IReadOnlyList<Cascade> cascades, CascadeMeasure measure)
        {
            var values = new List<double>(cascades.Count);
            foreach (var cascade in cascades)
            {
                if (measure.AppliesTo(cascade)) values.Add(measure.Of(cascade));
            }

            if (values.Count == 0) return new MeasureSummary(double.NaN, double.NaN, double.NaN, double.NaN);
            var sorted = values.ToArray();
            Array.Sort(sorted);
            return new MeasureSummary(sorted.Average(), SortedArrayStatistics.Median(sorted),
                SortedArrayStatistics.QuantileCustom(sorted, 0.9, QuantileDefinition.R7), SortedArrayStatistics.QuantileCustom(sorted, 0.99, QuantileDefinition.R7));
        }
    }

    /// <summary>
    /// One narrative's distributions: the share of its cascades of at least each size in <see cref="SizePoints"/> and
    /// of at least each depth in <see cref="DepthPoints"/>; the mean structural virality of cascades in each size class.
    /// </summary>
    public sealed record NarrativeCurves(double[] SizeCcdf, double[] DepthCcdf, double[] ViralityBySize)
    {
        public static NarrativeCurves Of(List<Cascade> cascades)
        {
            var sizes = cascades.Select(c => c.Size).Order().ToArray();
            var depths = cascades.Select(c => c.Depth).Order().ToArray();
            var viralitySum = new double[ViralityClasses.Length];
            var inClass = new int[ViralityClasses.Length];
            foreach (var cascade in cascades)
            {
                if (cascade.Size < ViralityClasses[0]) continue;
                var k = Array.BinarySearch(ViralityClasses, cascade.Size);
                k = k >= 0 ? k : ~k - 1;
                viralitySum[k] += cascade.StructuralVirality;
                inClass[k]++;
            }

            return new NarrativeCurves(
                SizePoints.Select(p => AtLeast(sizes, p)).ToArray(),
                DepthPoints.Select(p => AtLeast(depths, p)).ToArray(),
                viralitySum.Select((sum, k) => inClass[k] == 0 ? double.NaN : sum / inClass[k]).ToArray());
        }

        /// <summary>The share of sorted values at least <paramref name="point"/>; NaN for none.</summary>
        private static double AtLeast(int[] sorted, int point)
        {
            if (sorted.Length == 0) return double.NaN;
            var (low, high) = (0, sorted.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (sorted[middle] < point) low = middle + 1;
                else high = middle;
            }

            return (sorted.Length - low) / (double)sorted.Length;
        }
    }
}
