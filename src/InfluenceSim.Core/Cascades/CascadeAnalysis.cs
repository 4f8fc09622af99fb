using InfluenceSim.Platforms;

namespace InfluenceSim.Cascades;

/// <summary>Measures every cascade of a replicate from its posts: one pass to group posts by cascade, one per tree.</summary>
public static class CascadeAnalysis
{
    /// <param name="posts">The replicate's posts; a reshare always has a larger id than its parent.</param>
    /// <param name="stepHours">Hours per step.</param>
    /// <param name="countsReach">Whether the posts' originals count their unique readers; if not, reached and exposed are -1.</param>
    /// <returns>One cascade per original post, in the order of their ids.</returns>
    public static Cascade[] Measure(PostStore posts, double stepHours, bool countsReach = true)
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
        for (var id = 0; id < count; id++)
        {
            var slot = fill[all[id].Root]++;
            members[slot] = id;
            localIndex[id] = slot - start[all[id].Root];
        }

        var parents = new int[count];
        var scratch = new int[count];
        var cascades = new List<Cascade>();
        for (var root = 0; root < count; root++)
        {
            if (all[root].IsReshare) continue;
            var tree = members.AsSpan(start[root], start[root + 1] - start[root]);
            var treeParents = parents.AsSpan(0, tree.Length);
            for (var i = 0; i < tree.Length; i++) treeParents[i] = i == 0 ? -1 : localIndex[all[tree[i]].Parent];
            var (depth, breadth, virality) = CascadeTree.Shape(treeParents, scratch);
            ref readonly var original = ref all[root];
            cascades.Add(new Cascade(root, original.Author, original.Narrative, original.Platform,
                tree.Length, depth, breadth, virality,
                HoursUntil(all, tree, tree.Length, stepHours), HoursUntil(all, tree, (tree.Length + 1) / 2, stepHours),
                HoursUntil(all, tree, (int)Math.Ceiling(0.9 * tree.Length), stepHours),
                countsReach ? original.Reached : -1, countsReach ? original.Exposed : -1));
        }

        return [.. cascades];
    }

    /// <summary>Hours from the original until the cascade's nth post (posts are in the order they were made).</summary>
    private static double HoursUntil(ReadOnlySpan<Post> all, ReadOnlySpan<int> tree, int nth, double stepHours) =>
        (all[tree[nth - 1]].Step - all[tree[0]].Step) * stepHours;
}
