using InfluenceSim.Output;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>
/// sweep.csv (one row per point and replicate: the varied values, the replicate's seed, the outcomes) and
/// sweep-summary.csv (per point: mean, sd and 95% interval of each outcome), built from the finished point
/// folders of a sweep's results folder, whichever run or shard finished them; for a Sobol or Morris design, once
/// every point is finished, sensitivity.csv (<see cref="SensitivityAnalysis"/>).
/// </summary>
public static class SweepTables
{
    private static readonly string[] PointReplicateSeed = ["point", "replicate", "seed"];
    private static readonly string[] PointColumn = ["point"];

    public const string RowsFile = "sweep.csv";
    public const string SummaryFile = "sweep-summary.csv";

    /// <summary>Writes both tables; returns how many of the sweep's points are finished.</summary>
    public static int Write(string folder, SweepDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var paths = description.Parameters;
        var finished = description.FinishedIn(folder)
            .Select(p => (p.Index, p.Values, Table: OutcomesTable.Read(Path.Combine(folder, p.FolderName))))
            .ToList();
        var names = finished.Count == 0 ? [] : finished[0].Table.Names;
        var rows = new List<string> { Csv.Row(PointReplicateSeed.Concat(paths.Select(Csv.Cell)).Concat(names)) };
        var summary = new List<string>
        {
            Csv.Row(PointColumn.Concat(paths.Select(Csv.Cell)).Append("replicates")
                .Concat(names.SelectMany(n => new[] { $"{n}_mean", $"{n}_sd", $"{n}_ci95_low", $"{n}_ci95_high" }))),
        };
        foreach (var (index, values, table) in finished)
        {
            var parameterCells = values.Select(Csv.Cell).ToList();
            for (var r = 0; r < table.Rows.Count; r++)
            {
                rows.Add(Csv.Row(new[] { index.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Replicates[r].ToString(System.Globalization.CultureInfo.InvariantCulture),
                    table.Seeds[r].ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(parameterCells).Concat(table.Rows[r].Select(Csv.Cell))));
            }

            var statistics = names.Select(n => SummaryStatistics.Of(table.Column(n)));
            summary.Add(Csv.Row(new[] { index.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(parameterCells)
                .Append(table.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Concat(statistics.SelectMany(s => new[] { Csv.Cell(s.Mean), Optional(s.StandardDeviation), Optional(s.Ci95Low), Optional(s.Ci95High) }))));
        }

        Csv.WriteAtomically(Path.Combine(folder, RowsFile), rows);
        Csv.WriteAtomically(Path.Combine(folder, SummaryFile), summary);
        if (SensitivityAnalysis.Applies(description.Design) && finished.Count == description.Points.Count && finished.Count > 0)
        {
            var means = finished.ToDictionary(p => p.Index, p => names.Select(n => p.Table.Column(n).Average()).ToArray());
            Csv.WriteAtomically(Path.Combine(folder, SensitivityAnalysis.FileName), SensitivityAnalysis.CsvLines(SensitivityAnalysis.Of(description, names, i => means[i])));
        }

        return finished.Count;
    }

    private static string Optional(double? value) => value is { } v ? Csv.Cell(v) : "";
}
