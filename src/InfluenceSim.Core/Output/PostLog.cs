using InfluenceSim.Simulation;

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

    public static void Write(Stream stream, int replicate, World world, int rowGroupRows = ParquetTable.DefaultRowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(world);
        var model = world.Model;
        var columns = new PostColumns();
        using var table = new ParquetTable(stream, columns.All, rowGroupRows);
        var posts = world.Posts.All;
        for (var id = 0; id < posts.Length; id++)
        {
            ref readonly var post = ref posts[id];
            var moderated = posts[post.Root].Moderated;
            var (kind, group, sponsor) = model.DescribeAccount(post.Author);
            columns.Replicate.Add(replicate);
            columns.Post.Add(id);
            columns.Parent.Add(post.IsReshare ? post.Parent : null);
            columns.Root.Add(post.Root);
            columns.Author.Add(post.Author);
            columns.AuthorKind.Add(kind);
            columns.AuthorGroup.Add(group);
            columns.Sponsor.Add(sponsor);
            columns.Platform.Add(model.PlatformIds[post.Platform]);
            columns.Narrative.Add(model.NarrativeIds[post.Narrative]);
            columns.Language.Add(model.LanguageIds[post.Language]);
            columns.Step.Add(post.Step);
            columns.Flagged.Add(StepOrNull(moderated.Flagged));
            columns.Labelled.Add(StepOrNull(moderated.Labelled));
            columns.Downranked.Add(StepOrNull(moderated.Downranked));
            columns.Removed.Add(StepOrNull(moderated.Removed));
            columns.Impressions.Add(post.Impressions);
            columns.Exposures.Add(post.Exposures);
            table.EndRow();
        }
    }

    internal static int? StepOrNull(int step) => step < 0 ? null : step;

    private sealed class PostColumns
    {
        public readonly ValueColumn<int> Replicate = new("replicate");
        public readonly ValueColumn<int> Post = new("post");
        public readonly NullableColumn<int> Parent = new("parent");
        public readonly ValueColumn<int> Root = new("root");
        public readonly ValueColumn<int> Author = new("author");
        public readonly TextColumn AuthorKind = new("author_kind");
        public readonly TextColumn AuthorGroup = new("author_group");
        public readonly TextColumn Sponsor = new("sponsor");
        public readonly TextColumn Platform = new("platform");
        public readonly TextColumn Narrative = new("narrative");
        public readonly TextColumn Language = new("language");
        public readonly ValueColumn<int> Step = new("step");
        public readonly NullableColumn<int> Flagged = new("flagged_step");
        public readonly NullableColumn<int> Labelled = new("labelled_step");
        public readonly NullableColumn<int> Downranked = new("downranked_step");
        public readonly NullableColumn<int> Removed = new("removed_step");
        public readonly ValueColumn<int> Impressions = new("impressions");
        public readonly ValueColumn<int> Exposures = new("exposures");

        public ParquetColumn[] All =>
        [
            Replicate, Post, Parent, Root, Author, AuthorKind, AuthorGroup, Sponsor, Platform, Narrative, Language, Step,
            Flagged, Labelled, Downranked, Removed, Impressions, Exposures,
        ];
    }
}
