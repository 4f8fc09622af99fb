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
    public static CascadeStatistics Of(IReadOnlyList<Cascade> cascades, IReadOnlyList<int> sponsorOfNarrative, int sponsors)
    {
        ArgumentNullException.ThrowIfNull(cascades);
        ArgumentNullException.ThrowIfNull(sponsorOfNarrative);
        var narratives = sponsorOfNarrative.Count;
        var byNarrative = Enumerable.Range(0, narratives).Select(n => cascades.Where(c => c.Narrative == n).ToArray()).ToArray();
        var groups = new List<GroupStatistics>();
        groups.AddRange(byNarrative.Select(GroupStatistics.Of));
        for (var s = 0; s < sponsors; s++)
        {
            var sponsor = s;
            groups.Add(GroupStatistics.Of([.. cascades.Where(c => sponsorOfNarrative[c.Narrative] == sponsor)]));
        }

        groups.Add(GroupStatistics.Of([.. cascades]));
        return new CascadeStatistics(groups, byNarrative.Select(NarrativeCurves.Of).ToArray());
    }

    /// <summary>One group's statistics; per measure, in the order of <see cref="CascadeMeasures.All"/>.</summary>
    public sealed record GroupStatistics(int Count, double[] Mean, double[] Median, double[] P90, double[] P99, double ShareAbove100, double ShareAbove1000)
    {
        public static GroupStatistics Of(Cascade[] cascades)
        {
            var measures = CascadeMeasures.All;
            double[] Each(Func<double[], double> statistic) => measures.Select(m =>
            {
                var values = cascades.Where(m.AppliesTo).Select(m.Of).ToArray();
                if (values.Length == 0) return double.NaN;
                Array.Sort(values);
                return statistic(values);
            }).ToArray();
            double Share(int above) => cascades.Length == 0 ? double.NaN : cascades.Count(c => c.Size > above) / (double)cascades.Length;
            return new GroupStatistics(cascades.Length,
                Each(v => v.Average()), Each(v => SortedArrayStatistics.Median(v)),
                Each(v => SortedArrayStatistics.QuantileCustom(v, 0.9, QuantileDefinition.R7)),
                Each(v => SortedArrayStatistics.QuantileCustom(v, 0.99, QuantileDefinition.R7)),
                Share(LargeCascade), Share(VeryLargeCascade));
        }
    }

    /// <summary>
    /// One narrative's distributions: the share of its cascades of at least each size in <see cref="SizePoints"/> and
    /// of at least each depth in <see cref="DepthPoints"/>; the mean structural virality of cascades in each size class.
    /// </summary>
    public sealed record NarrativeCurves(double[] SizeCcdf, double[] DepthCcdf, double[] ViralityBySize)
    {
        public static NarrativeCurves Of(Cascade[] cascades)
        {
            double AtLeast(Func<Cascade, int> measure, int point) =>
                cascades.Length == 0 ? double.NaN : cascades.Count(c => measure(c) >= point) / (double)cascades.Length;
            var virality = new double[ViralityClasses.Length];
            for (var k = 0; k < virality.Length; k++)
            {
                var low = ViralityClasses[k];
                var high = k + 1 < ViralityClasses.Length ? ViralityClasses[k + 1] : int.MaxValue;
                var inClass = cascades.Where(c => c.Size >= low && c.Size < high).Select(c => c.StructuralVirality).ToArray();
                virality[k] = inClass.Length == 0 ? double.NaN : inClass.Average();
            }

            return new NarrativeCurves(
                SizePoints.Select(p => AtLeast(c => c.Size, p)).ToArray(),
                DepthPoints.Select(p => AtLeast(c => c.Depth, p)).ToArray(),
                virality);
        }
    }
}
