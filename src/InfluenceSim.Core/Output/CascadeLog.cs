using InfluenceSim.Cascades;
using InfluenceSim.Simulation;

namespace InfluenceSim.Output;

/// <summary>
/// cascades/replicate-NNNN.parquet: one row per cascade of a replicate with its measures and moderation; a measure
/// that does not apply (structural virality of a lone post, reach when not counted) is null.
/// </summary>
public static class CascadeLog
{
    public const string Folder = "cascades";

    public static readonly IReadOnlyList<string> Columns =
    [
        "replicate", "root", "author", "author_kind", "author_group", "sponsor", "platform", "narrative", "step",
        "flagged_step", "labelled_step", "downranked_step", "removed_step", .. CascadeMeasures.All.Select(m => m.Name),
    ];

    public static void Write(Stream stream, int replicate, World world, IReadOnlyList<Cascade> cascades)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(cascades);
        var model = world.Model;
        var replicateColumn = new ValueColumn<int>("replicate");
        var root = new ValueColumn<int>("root");
        var author = new ValueColumn<int>("author");
        var authorKind = new TextColumn("author_kind");
        var authorGroup = new TextColumn("author_group");
        var sponsor = new TextColumn("sponsor");
        var platform = new TextColumn("platform");
        var narrative = new TextColumn("narrative");
        var step = new ValueColumn<int>("step");
        var moderation = new[] { "flagged_step", "labelled_step", "downranked_step", "removed_step" }.Select(n => new NullableColumn<int>(n)).ToArray();
        var measures = CascadeMeasures.All.Select(m => new NullableColumn<double>(m.Name)).ToArray();
        using var table = new ParquetTable(stream, [replicateColumn, root, author, authorKind, authorGroup, sponsor, platform, narrative, step, .. moderation, .. measures]);
        foreach (var cascade in cascades)
        {
            ref var original = ref world.Posts[cascade.Root];
            var (kind, group, accountSponsor) = model.DescribeAccount(cascade.Author);
            replicateColumn.Add(replicate);
            root.Add(cascade.Root);
            author.Add(cascade.Author);
            authorKind.Add(kind);
            authorGroup.Add(group);
            sponsor.Add(accountSponsor);
            platform.Add(model.PlatformIds[cascade.Platform]);
            narrative.Add(model.NarrativeIds[cascade.Narrative]);
            step.Add(original.Step);
            var steps = original.Moderated;
            moderation[0].Add(PostLog.StepOrNull(steps.Flagged));
            moderation[1].Add(PostLog.StepOrNull(steps.Labelled));
            moderation[2].Add(PostLog.StepOrNull(steps.Downranked));
            moderation[3].Add(PostLog.StepOrNull(steps.Removed));
            for (var m = 0; m < measures.Length; m++) measures[m].Add(CascadeMeasures.All[m].AppliesTo(cascade) ? CascadeMeasures.All[m].Of(cascade) : null);
            table.EndRow();
        }
    }
}
