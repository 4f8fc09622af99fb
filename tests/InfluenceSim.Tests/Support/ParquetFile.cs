using Parquet;
using Parquet.Schema;

namespace InfluenceSim.Tests.Support;

/// <summary>Reads a whole Parquet file back, column by column, for tests: each column's values over all row groups.</summary>
internal static class ParquetFile
{
    public static Dictionary<string, object?[]> Read(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            var columns = reader.Schema.DataFields.ToDictionary(f => f.Name, _ => new List<object?>());
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var rows = (int)group.RowCount;
                foreach (var field in reader.Schema.DataFields) columns[field.Name].AddRange(ReadColumn(group, field, rows));
            }

            return columns.ToDictionary(c => c.Key, c => c.Value.ToArray());
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public static int RowGroups(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            return reader.RowGroupCount;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static IEnumerable<object?> ReadColumn(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>)) return Read<string?>(rows, m => group.ReadAsync(field, m));
        if (field.ClrType == typeof(int)) return field.IsNullable ? ReadNullable<int>(group, field, rows) : ReadValues<int>(group, field, rows);
        if (field.ClrType == typeof(double)) return field.IsNullable ? ReadNullable<double>(group, field, rows) : ReadValues<double>(group, field, rows);
        throw new NotSupportedException($"column {field.Name} of {field.ClrType}");
    }

    private static IEnumerable<object?> ReadValues<T>(ParquetRowGroupReader group, DataField field, int rows) where T : struct =>
        Read<T>(rows, m => group.ReadAsync(field, m));

    private static IEnumerable<object?> ReadNullable<T>(ParquetRowGroupReader group, DataField field, int rows) where T : struct =>
        Read<T?>(rows, m => group.ReadAsync(field, m));

    private static IEnumerable<object?> Read<T>(int rows, Func<Memory<T>, ValueTask> read)
    {
        var values = new T[rows];
        read(values).AsTask().GetAwaiter().GetResult();
        return values.Select(v => (object?)v);
    }
}
