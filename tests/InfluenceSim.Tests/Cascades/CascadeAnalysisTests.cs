using InfluenceSim.Cascades;
using InfluenceSim.Platforms;

namespace InfluenceSim.Tests.Cascades;

public class CascadeAnalysisTests
{
    /// <summary>
    /// Two cascades interleaved in time. Cascade A (post 0 at step 0): 2 and 3 reshare it at step 1, 5 reshares 2 at
    /// step 3, 6 reshares 5 at step 7. Cascade B (post 1 at step 2): 4 reshares it at step 2.
    /// </summary>
    private static PostStore TwoCascades()
    {
        var posts = new PostStore();
        posts.AddOriginal(author: 10, platform: 0, narrative: 0, language: 0, step: 0);
        posts.AddOriginal(author: 11, platform: 1, narrative: 1, language: 0, step: 2);
        posts.AddReshare(author: 12, parent: 0, platform: 0, step: 1);
        posts.AddReshare(author: 13, parent: 0, platform: 0, step: 1);
        posts.AddReshare(author: 14, parent: 1, platform: 1, step: 2);
        posts.AddReshare(author: 15, parent: 2, platform: 0, step: 3);
        posts.AddReshare(author: 16, parent: 5, platform: 0, step: 7);
        return posts;
    }

    [Test]
    public void MeasuresEachCascadeFromItsTree()
    {
        var cascades = CascadeAnalysis.Measure(TwoCascades(), stepHours: 0.5);
        Assert.That(cascades.Select(c => c.Root), Is.EqualTo(new[] { 0, 1 }));
        var a = cascades[0];
        Assert.Multiple(() =>
        {
            Assert.That((a.Size, a.Depth, a.MaxBreadth, a.Author, a.Narrative, a.Platform), Is.EqualTo((5, 3, 2, 10, 0, 0)));
            // Tree 0-{2,3}, 2-5, 5-6: distances sum over the 10 pairs to 20, so the mean is 2.
            Assert.That(a.StructuralVirality, Is.EqualTo(2.0).Within(1e-12));
            Assert.That(a.LifetimeHours, Is.EqualTo(3.5), "last reshare at step 7, half an hour a step");
            Assert.That(a.HoursToHalf, Is.EqualTo(0.5), "the 3rd of 5 posts came at step 1");
            Assert.That(a.HoursTo90, Is.EqualTo(3.5), "the 5th (ceil 4.5) at step 7");
        });
        var b = cascades[1];
        Assert.That((b.Size, b.Depth, b.MaxBreadth, b.StructuralVirality, b.LifetimeHours), Is.EqualTo((2, 1, 1, 1.0, 0.0)));
    }

    [Test]
    public void ReachIsMinusOneWhenNotCounted()
    {
        var cascades = CascadeAnalysis.Measure(TwoCascades(), 1, countsReach: false);
        Assert.That(cascades.Select(c => (c.Reached, c.Exposed)), Is.All.EqualTo((-1, -1)));
    }

    [Test]
    public void TheCascadesAreTheSameOnAnyNumberOfThreads()
    {
        var posts = new PostStore();
        var random = new Random(12);
        for (var step = 0; step < 200; step++)
        {
            for (var i = 0; i < 200; i++)
            {
                if (posts.Count == 0 || random.Next(3) == 0) posts.AddOriginal(author: random.Next(500), platform: 0, narrative: random.Next(2), language: 0, step: step);
                else posts.AddReshare(author: random.Next(500), parent: random.Next(posts.Count), platform: 0, step: step);
            }
        }

        var one = CascadeAnalysis.Measure(posts, 1);
        Assert.That(one, Has.Length.GreaterThan(3 * 4096), "several ranges of cascades");
        Assert.That(one.Max(c => c.Size), Is.GreaterThan(50), "trees of every size");
        Assert.That(CascadeAnalysis.Measure(posts, 1, workers: 3), Is.EqualTo(one));
    }
}
