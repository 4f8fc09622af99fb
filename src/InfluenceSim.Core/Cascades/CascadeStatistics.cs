using InfluenceSim.Parallelism;
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
    /// <param name="workers">Threads the measures are summarised on, one measure at a time; the result is the same on any number.</param>
    public static CascadeStatistics Of(IReadOnlyList<Cascade> cascades, IReadOnlyList<int> sponsorOfNarrative, int sponsors, Workers workers = default)
    {
        ArgumentNullException.ThrowIfNull(cascades);
        ArgumentNullException.ThrowIfNull(sponsorOfNarrative);
        var groups = new NarrativeGroups(cascades, sponsorOfNarrative, sponsors);
        var measures = CascadeMeasures.All;
        var sorted = new double[measures.Count][][];
        var summaries = new MeasureSummary[groups.Count * measures.Count];
        workers.For("cascade statistics", measures.Count, m =>
        {
            sorted[m] = groups.SortedByNarrative(measures[m]);
            for (var g = 0; g < groups.Count; g++) summaries[g * measures.Count + m] = MeasureSummary.Of(groups.SortedValues(g, sorted[m]));
        });
        var statistics = new GroupStatistics[groups.Count];
        for (var g = 0; g < statistics.Length; g++) statistics[g] = GroupStatistics.Of(groups.Size(g), groups.LargerThan(g, LargeCascade), groups.LargerThan(g, VeryLargeCascade), summaries.AsSpan(g * measures.Count, measures.Count));
        var (size, depth) = (CascadeMeasures.IndexOf(CascadeMeasures.Size), CascadeMeasures.IndexOf(CascadeMeasures.Depth));
        var curves = new NarrativeCurves[groups.Narratives];
        for (var n = 0; n < curves.Length; n++) curves[n] = NarrativeCurves.Of(sorted[size][n], sorted[depth][n], groups.OfNarrative(n));
        return new CascadeStatistics(statistics, curves);
    }

    /// <summary>One group's statistics; per measure, in the order of <see cref="CascadeMeasures.All"/>.</summary>
    public sealed record GroupStatistics(int Count, double[] Mean, double[] Median, double[] P90, double[] P99, double ShareAbove100, double ShareAbove1000)
    {
        /// <param name="count">The group's cascades.</param>
        /// <param name="above100">Its cascades of more than <see cref="LargeCascade"/> posts.</param>
        /// <param name="above1000">Its cascades of more than <see cref="VeryLargeCascade"/> posts.</param>
        /// <param name="summaries">Per measure, its summary over the group.</param>
        internal static GroupStatistics Of(int count, int above100, int above1000, ReadOnlySpan<MeasureSummary> summaries)
        {
            var (mean, median, p90, p99) = (new double[summaries.Length], new double[summaries.Length], new double[summaries.Length], new double[summaries.Length]);
            for (var m = 0; m < summaries.Length; m++) (mean[m], median[m], p90[m], p99[m]) = summaries[m];
            double Share(int above) => count == 0 ? double.NaN : above / (double)count;
            return new GroupStatistics(count, mean, median, p90, p99, Share(above100), Share(above1000));
        }
    }

    /// <summary>One measure over a group of cascades: mean, median, 90th and 99th percentiles (NaN when it applies to none).</summary>
    internal readonly record struct MeasureSummary(double Mean, double Median, double P90, double P99)
    {
        /// <param name="sorted">The measure's values over the group, in ascending order.</param>
        public static MeasureSummary Of(double[] sorted)
        {
            if (sorted.Length == 0) return new MeasureSummary(double.NaN, double.NaN, double.NaN, double.NaN);
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
        /// <param name="sizes">The narrative's cascade sizes in ascending order.</param>
        /// <param name="depths">Their depths in ascending order.</param>
        /// <param name="cascades">The narrative's cascades.</param>
        internal static NarrativeCurves Of(double[] sizes, double[] depths, ReadOnlySpan<Cascade> cascades)
        {
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

            var (sizeCcdf, depthCcdf, viralityBySize) = (new double[SizePoints.Length], new double[DepthPoints.Length], new double[ViralityClasses.Length]);
            for (var k = 0; k < sizeCcdf.Length; k++) sizeCcdf[k] = AtLeast(sizes, SizePoints[k]);
            for (var k = 0; k < depthCcdf.Length; k++) depthCcdf[k] = AtLeast(depths, DepthPoints[k]);
            for (var k = 0; k < viralityBySize.Length; k++) viralityBySize[k] = inClass[k] == 0 ? double.NaN : viralitySum[k] / inClass[k];
            return new NarrativeCurves(sizeCcdf, depthCcdf, viralityBySize);
        }

        /// <summary>The share of sorted values at least <paramref name="point"/>; NaN for none.</summary>
        private static double AtLeast(double[] sorted, int point)
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
