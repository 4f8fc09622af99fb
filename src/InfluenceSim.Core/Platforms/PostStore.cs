using InfluenceSim.Memory;

namespace InfluenceSim.Platforms;

/// <summary>All posts of a replicate in one growing array; a post's id is its index.</summary>
public sealed class PostStore
{
    private Post[] _posts = new Post[4096];

    public int Count { get; private set; }

    public ref Post this[int id] => ref _posts[id];

    public ReadOnlySpan<Post> All => _posts.AsSpan(0, Count);

    public int AddOriginal(int author, int platform, int narrative, int language, int step)
    {
        var id = Reserve();
        _posts[id] = new Post
        {
            Author = author, Root = id, Parent = -1, Step = step, Moderated = ModerationSteps.None,
            Narrative = (short)narrative, Platform = (byte)platform, Language = (byte)language,
        };
        return id;
    }

    /// <summary>Adds a reshare of <paramref name="parent"/> and counts it on the cascade's original, in all and in this step.</summary>
    public int AddReshare(int author, int parent, int platform, int step)
    {
        var id = Reserve();
        ref var source = ref _posts[parent];
        _posts[id] = new Post
        {
            Author = author, Root = source.Root, Parent = parent, Step = step, Moderated = ModerationSteps.None,
            Narrative = source.Narrative, Platform = (byte)platform, Language = source.Language,
        };
        ref var root = ref _posts[source.Root];
        root.Shares++;
        if (root.RecentStep != step)
        {
            root.RecentStep = step;
            root.RecentShares = 0;
        }

        root.RecentShares++;
        return id;
    }

    private int Reserve()
    {
        if (Count == _posts.Length) LargeArrays.Grow(ref _posts, _posts.Length * 2);
        return Count++;
    }
}
