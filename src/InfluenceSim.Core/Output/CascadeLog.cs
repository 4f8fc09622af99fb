using InfluenceSim.Cascades;
using InfluenceSim.Runs;

namespace InfluenceSim.Output;

/// <summary>
/// cascades/replicate-NNNN.parquet: one row per cascade of a replicate with its measures and moderation; a measure
/// that does not apply (structural virality of a lone post, reach when not counted) is null.
/// </summary>
public static class CascadeLog
{
    public const string Folder = "cascades";

    /// <summary>The log's column names, in order: those of the columns <see cref="Write"/> fills.</summary>
    public static IReadOnlyList<string> Columns { get; } = new CascadeColumns().All.Select(c => c.Field.Name).ToArray();

    public static void Write(Stream stream, int replicate, IPostHistory history, IReadOnlyList<Cascade> cascades)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(cascades);
        var columns = new CascadeColumns();
        using var table = new ParquetTable(stream, columns.All);
        foreach (var cascade in cascades)
        {
            ref var original = ref history.Posts[cascade.Root];
            columns.Replicate.Add(replicate);
            columns.Root.Add(cascade.Root);
            columns.Author.Add(history, cascade.Author);
            columns.Platform.Add(history.PlatformIds[cascade.Platform]);
            columns.Narrative.Add(history.NarrativeIds[cascade.Narrative]);
            columns.Step.Add(original.Step);
            columns.Moderation.Add(original.Moderated);
            for (var m = 0; m < columns.Measures.Length; m++)
            {
                var measure = CascadeMeasures.All[m];
                columns.Measures[m].Add(measure.AppliesTo(cascade) ? measure.Of(cascade) : null);
            }

            table.EndRow();
        }
    }

    private sealed class CascadeColumns
    {
        public readonly ValueColumn<int> Replicate = new("replicate");
        public readonly ValueColumn<int> Root = new("root");
        public readonly AuthorColumns Author = new();
        public readonly TextColumn Platform = new("platform");
        public readonly TextColumn Narrative = new("narrative");
        public readonly ValueColumn<int> Step = new("step");
        public readonly ModerationStepColumns Moderation = new();
        public readonly NullableColumn<double>[] Measures = CascadeMeasures.All.Select(m => new NullableColumn<double>(m.Name)).ToArray();

        public ParquetColumn[] All =>
        [
            Replicate, Root, .. Author.All, Platform, Narrative, Step, .. Moderation.All, .. Measures,
        ];
    }
}
