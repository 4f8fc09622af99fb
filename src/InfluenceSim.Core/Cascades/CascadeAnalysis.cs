using InfluenceSim.Parallelism;
using InfluenceSim.Platforms;

namespace InfluenceSim.Cascades;

/// <summary>Measures every cascade of a replicate from its posts: one pass to group posts by cascade, one per tree.</summary>
public static class CascadeAnalysis
{
    /// <summary>Cascades per unit of parallel work: each unit measures its trees with scratch space of its own.</summary>
    private const int CascadesPerRange = 4096;

    /// <param name="posts">The replicate's posts; a reshare always has a larger id than its parent.</param>
    /// <param name="stepHours">Hours per step.</param>
    /// <param name="countsReach">Whether the posts' originals count their unique readers; if not, reached and exposed are -1.</param>
    /// <param name="workers">Threads the trees are measured on, in fixed ranges of cascades; the result is the same on any number.</param>
    /// <returns>One cascade per original post, in the order of their ids.</returns>
    public static Cascade[] Measure(PostStore posts, double stepHours, bool countsReach = true, Workers workers = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var all = posts.All;
        var count = all.Length;
        var start = new int[count + 1];
        foreach (ref readonly var post in all) start[post.Root + 1]++;
        for (var i = 0; i < count; i++) start[i + 1] += start[i];
        var members = new int[count];
        var localIndex = new int[count];
        var fill = start[..count];
        var originals = new List<int>();
        for (var id = 0; id < count; id++)
        {
            var slot = fill[all[id].Root]++;
            members[slot] = id;
            localIndex[id] = slot - start[all[id].Root];
            if (!all[id].IsReshare) originals.Add(id);
        }

        var cascades = new Cascade[originals.Count];
        var ranges = (cascades.Length + CascadesPerRange - 1) / CascadesPerRange;
        workers.For("cascade trees", ranges, range =>
        {
            var first = range * CascadesPerRange;
            var end = Math.Min(cascades.Length, first + CascadesPerRange);
            var largest = 0;
            for (var c = first; c < end; c++) largest = Math.Max(largest, start[originals[c] + 1] - start[originals[c]]);
            var parents = new int[largest];
            var scratch = new int[largest];
            for (var c = first; c < end; c++)
            {
                var root = originals[c];
                var tree = members.AsSpan(start[root], start[root + 1] - start[root]);
                var treeParents = parents.AsSpan(0, tree.Length);
                for (var i = 0; i < tree.Length; i++) treeParents[i] = i == 0 ? -1 : localIndex[posts.All[tree[i]].Parent];
                cascades[c] = Of(posts.All, tree, treeParents, scratch, stepHours, countsReach);
            }
        });
        return cascades;
    }

    private static Cascade Of(ReadOnlySpan<Post> all, ReadOnlySpan<int> tree, ReadOnlySpan<int> parents, Span<int> scratch, double stepHours, bool countsReach)
    {
        var (depth, breadth, virality) = CascadeTree.Shape(parents, scratch);
        ref readonly var original = ref all[tree[0]];
        return new Cascade(tree[0], original.Author, original.Narrative, original.Platform,
            tree.Length, depth, breadth, virality,
            HoursUntil(all, tree, tree.Length, stepHours), HoursUntil(all, tree, (tree.Length + 1) / 2, stepHours),
            HoursUntil(all, tree, (int)Math.Ceiling(0.9 * tree.Length), stepHours),
            countsReach ? original.Reached : -1, countsReach ? original.Exposed : -1);
    }

    /// <summary>Hours from the original until the cascade's nth post (posts are in the order they were made).</summary>
    private static double HoursUntil(ReadOnlySpan<Post> all, ReadOnlySpan<int> tree, int nth, double stepHours) =>
        (all[tree[nth - 1]].Step - all[tree[0]].Step) * stepHours;
}
