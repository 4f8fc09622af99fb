using InfluenceSim.Runs;

namespace InfluenceSim.Output;

/// <summary>
/// posts/replicate-NNNN.parquet: one row per post and reshare of a replicate, written when the replicate ends, row
/// group by row group. Moderation acts on cascades, so a post's moderation columns are its cascade's.
/// </summary>
public static class PostLog
{
    public const string Folder = "posts";

    /// <summary>The log's column names, in order: those of the columns <see cref="Write"/> fills.</summary>
    public static IReadOnlyList<string> Columns { get; } = new PostColumns().All.Select(c => c.Field.Name).ToArray();

    public static void Write(Stream stream, int replicate, IPostHistory history, int rowGroupRows = ParquetTable.DefaultRowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(history);
        var columns = new PostColumns();
        using var table = new ParquetTable(stream, columns.All, rowGroupRows);
        var posts = history.Posts.All;
        for (var id = 0; id < posts.Length; id++)
        {
            ref readonly var post = ref posts[id];
            columns.Replicate.Add(replicate);
            columns.Post.Add(id);
            columns.Parent.Add(post.IsReshare ? post.Parent : null);
            columns.Root.Add(post.Root);
            columns.Author.Add(history, post.Author);
            columns.Platform.Add(history.PlatformIds[post.Platform]);
            columns.Narrative.Add(history.NarrativeIds[post.Narrative]);
            columns.Language.Add(history.LanguageIds[post.Language]);
            columns.Step.Add(post.Step);
            columns.Moderation.Add(posts[post.Root].Moderated);
            var (impressions, exposures) = history.ReadsOf(id);
            columns.Impressions.Add(impressions);
            columns.Exposures.Add(exposures);
            table.EndRow();
        }
    }

    private sealed class PostColumns
    {
        public readonly ValueColumn<int> Replicate = new("replicate");
        public readonly ValueColumn<int> Post = new("post");
        public readonly NullableColumn<int> Parent = new("parent");
        public readonly ValueColumn<int> Root = new("root");
        public readonly AuthorColumns Author = new();
        public readonly TextColumn Platform = new("platform");
        public readonly TextColumn Narrative = new("narrative");
        public readonly TextColumn Language = new("language");
        public readonly ValueColumn<int> Step = new("step");
        public readonly ModerationStepColumns Moderation = new();
        public readonly ValueColumn<int> Impressions = new("impressions");
        public readonly ValueColumn<int> Exposures = new("exposures");

        public ParquetColumn[] All =>
        [
            Replicate, Post, Parent, Root, .. Author.All, Platform, Narrative, Language, Step, .. Moderation.All, Impressions, Exposures,
        ];
    }
}
