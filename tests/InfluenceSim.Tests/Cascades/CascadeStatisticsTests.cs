using InfluenceSim.Cascades;
using MathNet.Numerics.Statistics;

namespace InfluenceSim.Tests.Cascades;

public class CascadeStatisticsTests
{
    private static Cascade OfSize(int size, int narrative, double virality = 1, int depth = 1) =>
        new(0, 0, narrative, 0, size, depth, 1, virality, 0, 0, 0, -1, -1);

    [Test]
    public void GroupsByNarrativeSponsorAndAll()
    {
        // Narrative 0 (sponsor 0): sizes 1, 2, 150, 2000; narrative 1 (sponsor 1): size 3; narrative 2 (sponsor 0): none.
        Cascade[] cascades = [OfSize(1, 0, virality: 0, depth: 0), OfSize(2, 0), OfSize(150, 0, 3, 5), OfSize(2000, 0, 9, 20), OfSize(3, 1, 1.5, 2)];
        var statistics = CascadeStatistics.Of(cascades, [0, 1, 0], sponsors: 2);
        var size = CascadeMeasures.All.ToList().IndexOf(CascadeMeasures.Size);
        var virality = CascadeMeasures.All.ToList().IndexOf(CascadeMeasures.StructuralVirality);
        var reached = CascadeMeasures.All.ToList().IndexOf(CascadeMeasures.Reached);
        var first = statistics.Groups[0];
        Assert.Multiple(() =>
        {
            Assert.That(statistics.Groups.Select(g => g.Count), Is.EqualTo(new[] { 4, 1, 0, 4, 1, 5 }), "narratives 0-2, sponsors 0-1, all");
            Assert.That(first.Mean[size], Is.EqualTo((1 + 2 + 150 + 2000) / 4.0));
            Assert.That(first.Median[size], Is.EqualTo(76));
            Assert.That(first.ShareAbove100, Is.EqualTo(0.5));
            Assert.That(first.ShareAbove1000, Is.EqualTo(0.25));
            Assert.That(first.Mean[virality], Is.EqualTo((1 + 3 + 9) / 3.0), "virality leaves out the lone post");
            Assert.That(first.Mean[reached], Is.NaN, "reach was not counted");
            Assert.That(statistics.Groups[2].Mean[size], Is.NaN, "a narrative without cascades");
        });
        var curves = statistics.Curves[0];
        Assert.Multiple(() =>
        {
            Assert.That(curves.SizeCcdf.Take(6), Is.EqualTo(new[] { 1, 0.75, 0.5, 0.5, 0.5, 0.5 }), "at least 1, 2, 3, 5, 10, 20 posts");
            Assert.That(curves.SizeCcdf[Array.IndexOf(CascadeStatistics.SizePoints, 1000)], Is.EqualTo(0.25));
            Assert.That(curves.DepthCcdf.Take(5), Is.EqualTo(new[] { 0.75, 0.5, 0.5, 0.5, 0.5 }), "at least 1 to 5 hops");
            Assert.That(curves.ViralityBySize[0], Is.EqualTo(1), "class [2, 3)");
            Assert.That(curves.ViralityBySize[1], Is.NaN, "class [3, 5) is empty for narrative 0");
        });
    }

    [Test]
    public void TheStatisticsAreTheSameOnAnyNumberOfThreads()
    {
        var random = new Random(4);
        var cascades = Enumerable.Range(0, 20_000).Select(_ => OfSize(1 + (int)Math.Floor(Math.Exp(6 * random.NextDouble())), random.Next(3), random.NextDouble() * 4, random.Next(30))).ToArray();
        var one = CascadeStatistics.Of(cascades, [0, 1, 1], sponsors: 2);
        var four = CascadeStatistics.Of(cascades, [0, 1, 1], sponsors: 2, workers: 4);
        Assert.That(four.Groups, Has.Count.EqualTo(one.Groups.Count));
        for (var g = 0; g < one.Groups.Count; g++)
        {
            var (expected, actual) = (one.Groups[g], four.Groups[g]);
            Assert.That((actual.Count, actual.ShareAbove100, actual.ShareAbove1000), Is.EqualTo((expected.Count, expected.ShareAbove100, expected.ShareAbove1000)), $"group {g}");
            Assert.That(new[] { actual.Mean, actual.Median, actual.P90, actual.P99 }, Is.EqualTo(new[] { expected.Mean, expected.Median, expected.P90, expected.P99 }), $"group {g}");
        }
    }

    [Test]
    public void EachGroupsStatisticsAreThoseOfItsOwnValuesSorted()
    {
        // Four narratives: sponsor 0 has narrative 0, sponsor 1 narratives 1 and 3, sponsor 2 narrative 2 (no cascades), sponsor 3 none.
        var random = new Random(11);
        var cascades = Enumerable.Range(0, 5_000).Select(_ =>
        {
            var size = 1 + (int)Math.Floor(Math.Exp(7 * random.NextDouble()));
            var reached = random.Next(4) == 0 ? -1 : random.Next(10_000);
            return new Cascade(0, 0, new[] { 0, 1, 3 }[random.Next(3)], 0, size, random.Next(40), random.Next(1, 300), size < 2 ? 0 : 1 + 5 * random.NextDouble(),
                random.Next(168) * 0.5, random.Next(100) * 0.5, random.Next(150) * 0.5, reached, reached < 0 ? -1 : reached / 2);
        }).ToArray();
        int[] sponsorOfNarrative = [0, 1, 2, 1];
        var statistics = CascadeStatistics.Of(cascades, sponsorOfNarrative, sponsors: 4, workers: 3);

        Func<Cascade, bool>[] members =
        [
            .. Enumerable.Range(0, 4).Select(n => (Func<Cascade, bool>)(c => c.Narrative == n)),
            .. Enumerable.Range(0, 4).Select(s => (Func<Cascade, bool>)(c => sponsorOfNarrative[c.Narrative] == s)),
            _ => true,
        ];
        Assert.That(statistics.Groups, Has.Count.EqualTo(members.Length));
        for (var g = 0; g < members.Length; g++)
        {
            var group = cascades.Where(members[g]).ToArray();
            var actual = statistics.Groups[g];
            Assert.That((actual.Count, actual.ShareAbove100, actual.ShareAbove1000),
                Is.EqualTo((group.Length, Share(group, c => c.Size > 100), Share(group, c => c.Size > 1000))), $"group {g}");
            for (var m = 0; m < CascadeMeasures.All.Count; m++)
            {
                var measure = CascadeMeasures.All[m];
                var values = group.Where(measure.AppliesTo).Select(measure.Of).ToArray();
                Array.Sort(values);
                double[] expected = values.Length == 0
                    ? [double.NaN, double.NaN, double.NaN, double.NaN]
                    : [values.Average(), SortedArrayStatistics.Median(values), SortedArrayStatistics.QuantileCustom(values, 0.9, QuantileDefinition.R7), SortedArrayStatistics.QuantileCustom(values, 0.99, QuantileDefinition.R7)];
                Assert.That(new[] { actual.Mean[m], actual.Median[m], actual.P90[m], actual.P99[m] }, Is.EqualTo(expected), $"group {g}, {measure.Name}");
            }
        }

        for (var n = 0; n < 4; n++)
        {
            var narrative = cascades.Where(c => c.Narrative == n).ToArray();
            Assert.That(statistics.Curves[n].SizeCcdf, Is.EqualTo(CascadeStatistics.SizePoints.Select(p => Share(narrative, c => c.Size >= p))), $"narrative {n}");
            Assert.That(statistics.Curves[n].DepthCcdf, Is.EqualTo(CascadeStatistics.DepthPoints.Select(p => Share(narrative, c => c.Depth >= p))), $"narrative {n}");
        }
    }

    private static double Share(Cascade[] cascades, Func<Cascade, bool> holds) =>
        cascades.Length == 0 ? double.NaN : cascades.Count(holds) / (double)cascades.Length;
}
