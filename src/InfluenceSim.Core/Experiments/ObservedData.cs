using System.Globalization;
using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Experiments;

/// <summary>
/// What a calibration fits: rows of a CSV with the columns step, metric, value and, where they apply, narrative,
/// segment, platform (empty: all) and sd (the observation's standard deviation), in any order. Each row names a
/// series of timeseries.csv at a step: a stock's value at the end of the step, a flow's count during it.
/// </summary>
public sealed class ObservedData
{
    private static readonly string[] Required = ["step", "metric", "value"];
    private static readonly string[] Optional = ["narrative", "segment", "platform", "sd"];

    private ObservedData(IReadOnlyList<Observation> rows) => Rows = rows;

    /// <summary>One observation: the series (its position in the run's layout), the step, the value, and its sd if given.</summary>
    public sealed record Observation(int Series, string Label, int Step, double Value, double? StandardDeviation);

    public IReadOnlyList<Observation> Rows { get; }

    /// <exception cref="ScenarioException">The file is missing or a row does not name a series of the run, naming the file and line.</exception>
    public static ObservedData Read(string path, RunLayout layout, int steps)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ScenarioException Error(int line, string message) => new([new ScenarioError(path, line, 0, "", message)]);
        if (!File.Exists(path)) throw Error(0, "the observed data file does not exist");
        var lines = File.ReadAllLines(path);
        if (lines.Length < 2) throw Error(1, "expected a header (step,metric,value and optionally narrative,segment,platform,sd) and at least one row");
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        var unknown = header.Where(h => !Required.Contains(h) && !Optional.Contains(h)).ToArray();
        if (unknown.Length > 0) throw Error(1, $"unknown column '{unknown[0]}'; the columns are {string.Join(", ", Required.Concat(Optional))}");
        var missing = Required.Where(r => !header.Contains(r)).ToArray();
        if (missing.Length > 0) throw Error(1, $"the column '{missing[0]}' is missing");
        var series = new Dictionary<string, int>();
        for (var i = 0; i < layout.Series.Count; i++)
        {
            if (layout.Series[i].InTimeseries) series[TimeseriesWriter.Columns(layout, layout.Series[i])] = i;
        }

        var rows = new List<Observation>();
        for (var l = 1; l < lines.Length; l++)
        {
            if (lines[l].Trim().Length == 0) continue;
            var cells = lines[l].Split(',');
            if (cells.Length != header.Length) throw Error(l + 1, $"expected {header.Length} comma-separated cells, found {cells.Length}");
            string Cell(string column) => Array.IndexOf(header, column) is var c and >= 0 ? cells[c].Trim() : "";
            if (!int.TryParse(Cell("step"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var step) || step < 0 || step > steps)
            {
                throw Error(l + 1, $"step takes a whole number from 0 to {steps} (the scenario's steps), got '{Cell("step")}'");
            }

            if (!double.TryParse(Cell("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw Error(l + 1, $"value takes a number, got '{Cell("value")}'");
            }

            double? sd = null;
            if (Cell("sd").Length > 0)
            {
                if (!double.TryParse(Cell("sd"), NumberStyles.Float, CultureInfo.InvariantCulture, out var given) || !(given > 0)) throw Error(l + 1, $"sd takes a number above 0, got '{Cell("sd")}'");
                sd = given;
            }

            var columns = string.Join(',', Cell("metric"), Cell("narrative"), Cell("segment"), Cell("platform"));
            if (!series.TryGetValue(columns, out var index))
            {
                throw Error(l + 1, $"the run records no series '{columns}' (metric,narrative,segment,platform as in timeseries.csv)");
            }

            rows.Add(new Observation(index, columns.TrimEnd(','), step, value, sd));
        }

        return new ObservedData(rows);
    }

    /// <summary>
    /// The distance between a simulation and the observations: the root mean square of (simulated - observed) / scale,
    /// the scale being the observation's sd when given, otherwise |observed| + 1 (a relative error that stays finite at 0).
    /// </summary>
    public double Distance(IReadOnlyList<double> simulated)
    {
        ArgumentNullException.ThrowIfNull(simulated);
        double sum = 0;
        for (var i = 0; i < Rows.Count; i++)
        {
            var scale = Rows[i].StandardDeviation ?? Math.Abs(Rows[i].Value) + 1;
            var z = (simulated[i] - Rows[i].Value) / scale;
            sum += z * z;
        }

        return Math.Sqrt(sum / Rows.Count);
    }

    /// <summary>The simulated value of each observation: the recordings' mean at its step.</summary>
    public double[] Simulated(IReadOnlyList<SeriesRecording> recordings)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        return Rows.Select(o => recordings.Average(r => r.ValueAt(o.Step, o.Series))).ToArray();
    }
}
