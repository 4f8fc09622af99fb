using InfluenceSim.Classic;
using InfluenceSim.Metrics;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Docs;

/// <summary>docs/outputs.md lists the metrics as the catalogue declares them: a metric added to the catalogue must be documented.</summary>
public class OutputsDocTests
{
    private const string Begin = "<!-- metric table: generated from MetricCatalogue, checked by OutputsDocTests -->";
    private const string End = "<!-- end of metric table -->";

    [Test]
    public void TheMetricTableFollowsTheCatalogue()
    {
        var doc = File.ReadAllText(Path.Combine(TestScenarios.RepositoryRoot, "docs", "outputs.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "docs/outputs.md has the table's opening marker");
        Assert.That(end, Is.GreaterThan(start), "docs/outputs.md has the table's closing marker");
        var table = doc[(start + Begin.Length)..end].Trim();
        var expected = Table();
        Assert.That(table, Is.EqualTo(expected), "docs/outputs.md's metric table should read:\n" + expected);
    }

    private static string Table() => string.Join("\n",
        new[] { "| metric | kind | counted by | rows in timeseries.csv | models | unit | meaning |", "|---|---|---|---|---|---|---|" }
            .Concat(MetricCatalogue.All.Select(m =>
                $"| `{m.Name}` | {(m.IsFlow ? "flow" : "stock")} | {CountedBy(m)} | {Rows(m)} | {Models(m)} | {m.Unit} | {m.Meaning} |")));

    private static string CountedBy(MetricDefinition m)
    {
        var slices = new[] { Slices.Narrative, Slices.Segment, Slices.Platform, Slices.Language }.Where(m.Has).Select(s => s.ToString().ToLowerInvariant()).ToArray();
        var text = slices.Length == 0 ? "nothing (one value)" : string.Join(", ", slices);
        return m.Aggregate == Aggregate.MeanPerNode ? text + " (mean per node)" : text;
    }

    private static string Rows(MetricDefinition m)
    {
        var by = new[] { Slices.Segment, Slices.Platform }.Where(m.Has).Select(s => "by " + s.ToString().ToLowerInvariant());
        var whole = !m.Has(Slices.Narrative) ? "all" : m.TotalOverNarratives ? "all and each narrative" : "each narrative";
        return string.Join(", ", new[] { whole }.Concat(by));
    }

    private static string Models(MetricDefinition m) =>
        string.Join(", ", ScenarioModels.All.Where(model => ClassicModels.MetricsOf(model).Contains(m))) + (m.ModerationOnly ? " (when a platform moderates)" : "");

    [Test]
    public void EveryCascadeMeasureAndLogColumnIsDocumented()
    {
        var cascades = File.ReadAllText(Path.Combine(TestScenarios.RepositoryRoot, "docs", "cascades.md"));
        var outputs = File.ReadAllText(Path.Combine(TestScenarios.RepositoryRoot, "docs", "outputs.md"));
        Assert.Multiple(() =>
        {
            foreach (var measure in InfluenceSim.Cascades.CascadeMeasures.All) Assert.That(cascades, Does.Contain($"| `{measure.Name}` | {measure.Unit} |"), measure.Name);
            foreach (var column in InfluenceSim.Output.PostLog.Columns) Assert.That(outputs, Does.Contain($"`{column}`"), column);
            foreach (var column in InfluenceSim.Output.CascadeLog.Columns) Assert.That(outputs, Does.Contain($"`{column}`"), column);
        });
    }
}
