using InfluenceSim.Metrics;
using Parquet;
using Parquet.Schema;

namespace InfluenceSim.Output;

/// <summary>
/// timeseries.parquet: the rows of timeseries.csv with the same columns (empty cells as nulls), one row group per
/// replicate; for large runs and sweeps, where the CSV runs to tens of megabytes.
/// </summary>
public static class TimeseriesParquet
{
    public const string FileName = "timeseries.parquet";

    public static void Write(Stream stream, IReadOnlyList<SeriesRecording> recordings)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        if (recordings.Count == 0) return;
        var layout = recordings[0].Layout;
        var written = layout.Series.Select((key, i) => (key, i)).Where(s => s.key.InTimeseries).ToArray();
        var replicate = new ValueColumn<int>("replicate");
        var step = new ValueColumn<int>("step");
        var metric = new TextColumn("metric");
        var narrative = new TextColumn("narrative");
        var segment = new TextColumn("segment");
        var platform = new TextColumn("platform");
        var value = new ValueColumn<double>("value");
        var rowsPerReplicate = Math.Max(1, recordings[0].StepsRecorded * written.Length);
        using var table = new ParquetTable(stream, [replicate, step, metric, narrative, segment, platform, value], rowsPerReplicate);
        foreach (var recording in recordings)
        {
            for (var s = 0; s < recording.StepsRecorded; s++)
            {
                foreach (var (key, series) in written)
                {
                    replicate.Add(recording.Replicate);
                    step.Add(s);
                    metric.Add(key.Metric.Name);
                    narrative.Add(NullIfAll(layout.NameOf(Slices.Narrative, key.Narrative)));
                    segment.Add(NullIfAll(layout.NameOf(Slices.Segment, key.Segment)));
                    platform.Add(NullIfAll(layout.NameOf(Slices.Platform, key.Platform)));
                    value.Add(recording.ValueAt(s, series));
                    table.EndRow();
                }
            }
        }
    }

    /// <summary>Reads timeseries.parquet back into recordings; an <see cref="InvalidDataException"/> names the file.</summary>
    public static SeriesRecording[] Read(string path, RunLayout layout, int replicates, int steps)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var index = new Dictionary<string, int>();
        for (var i = 0; i < layout.Series.Count; i++)
        {
            if (layout.Series[i].InTimeseries) index[TimeseriesWriter.Columns(layout, layout.Series[i])] = i;
        }

        var values = Enumerable.Range(0, replicates).Select(_ => new double[steps + 1, layout.Series.Count]).ToArray();
        try
        {
            using var stream = File.OpenRead(path);
            var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            try
            {
                for (var g = 0; g < reader.RowGroupCount; g++) ReadGroup(reader, g, path, index, values, steps);
            }
            finally
            {
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a timeseries written by InfluenceSim ({e.Message})", e);
        }

        return values.Select((v, r) => SeriesRecording.FromValues(layout, r, v)).ToArray();
    }

    private static void ReadGroup(ParquetReader reader, int g, string path, Dictionary<string, int> index, double[][,] values, int steps)
    {
        var fields = reader.Schema.DataFields;
        using var group = reader.OpenRowGroupReader(g);
        var rows = (int)group.RowCount;
        var replicateOf = ReadValues<int>(group, fields[0], rows);
        var stepOf = ReadValues<int>(group, fields[1], rows);
        var texts = Enumerable.Range(2, 4).Select(c => ReadTexts(group, fields[c], rows)).ToArray();
        var valueOf = ReadValues<double>(group, fields[6], rows);
        for (var row = 0; row < rows; row++)
        {
            var columns = string.Join(',', texts.Select(t => t[row] ?? ""));
            if (replicateOf[row] < 0 || replicateOf[row] >= values.Length || stepOf[row] < 0 || stepOf[row] > steps || !index.TryGetValue(columns, out var series))
            {
                throw new InvalidDataException($"{path}: row group {g}, row {row}: not a row of this run's series for replicates 0-{values.Length - 1} and steps 0-{steps}");
            }

            values[replicateOf[row]][stepOf[row], series] = valueOf[row];
        }
    }

    private static string? NullIfAll(string? name) => string.IsNullOrEmpty(name) ? null : name;

    private static T[] ReadValues<T>(ParquetRowGroupReader group, DataField field, int rows) where T : struct
    {
        var values = new T[rows];
        group.ReadAsync(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
        return values;
    }

    private static string?[] ReadTexts(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new string?[rows];
        group.ReadAsync(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
        return values;
    }
}
