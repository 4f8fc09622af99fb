using InfluenceSim.Platforms;
using InfluenceSim.Runs;

namespace InfluenceSim.Output;

/// <summary>The columns that describe who wrote a post or started a cascade: its account, kind, group and sponsor.</summary>
internal sealed class AuthorColumns
{
    private readonly ValueColumn<int> _author = new("author");
    private readonly TextColumn _kind = new("author_kind");
    private readonly TextColumn _group = new("author_group");
    private readonly TextColumn _sponsor = new("sponsor");

    public ParquetColumn[] All => [_author, _kind, _group, _sponsor];

    public void Add(IPostHistory history, int author)
    {
        var (kind, group, sponsor) = history.Describe(author);
        _author.Add(author);
        _kind.Add(kind);
        _group.Add(group);
        _sponsor.Add(sponsor);
    }
}

/// <summary>The steps at which moderation first flagged, labelled, down-ranked and removed a cascade; null where it did not.</summary>
internal sealed class ModerationStepColumns
{
    private readonly NullableColumn<int> _flagged = new("flagged_step");
    private readonly NullableColumn<int> _labelled = new("labelled_step");
    private readonly NullableColumn<int> _downranked = new("downranked_step");
    private readonly NullableColumn<int> _removed = new("removed_step");

    public ParquetColumn[] All => [_flagged, _labelled, _downranked, _removed];

    public void Add(ModerationSteps steps)
    {
        _flagged.Add(StepOrNull(steps.Flagged));
        _labelled.Add(StepOrNull(steps.Labelled));
        _downranked.Add(StepOrNull(steps.Downranked));
        _removed.Add(StepOrNull(steps.Removed));
    }

    private static int? StepOrNull(int step) => step < 0 ? null : step;
}
