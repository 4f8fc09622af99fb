using Parquet;
using Parquet.Schema;

namespace InfluenceSim.Output;

/// <summary>
/// Streams rows into a Parquet file in row groups of a fixed number of rows, so that memory holds one row group
/// however long the table grows. Add a value to every column, then <see cref="EndRow"/>; dispose to write the
/// last row group and the footer. Compressed with Snappy, which pandas, polars, R's arrow and DuckDB all read.
/// </summary>
public sealed class ParquetTable : IDisposable
{
    public const int DefaultRowGroupRows = 1 << 16;
    private const int PoolFreeBytes = 8 << 20;
    private readonly ParquetColumn[] _columns;
    private readonly ParquetWriter _writer;
    private readonly int _rowGroupRows;
    private int _rows;
    private bool _disposed;

    public ParquetTable(Stream stream, IReadOnlyList<ParquetColumn> columns, int rowGroupRows = DefaultRowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        _columns = [.. columns];
        _rowGroupRows = rowGroupRows;
        foreach (var column in _columns) column.Reserve(rowGroupRows);
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Snappy,
            // Parquet.Net's buffer pool otherwise keeps every buffer it ever used: a run's memory would grow with its logs.
            MaximumSmallPoolFreeBytes = PoolFreeBytes,
            MaximumLargePoolFreeBytes = PoolFreeBytes,
        };
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_columns.Select(c => c.Field).ToArray()), stream, options).GetAwaiter().GetResult();
    }

    /// <summary>Ends a row whose every column has its value; writes a row group when one is full.</summary>
    /// <exception cref="InvalidOperationException">A column has too few or too many values; the row group under way is then not written.</exception>
    public void EndRow()
    {
        _rows++;
        foreach (var column in _columns)
        {
            if (column.Count == _rows) continue;
            var message = $"column '{column.Field.Name}' has {column.Count} values where the row group has {_rows} rows";
            _rows = 0;
            throw new InvalidOperationException(message);
        }

        if (_rows == _rowGroupRows) Flush();
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_rows > 0) Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private void Flush()
    {
        using (var group = _writer.CreateRowGroup())
        {
            foreach (var column in _columns) column.WriteTo(group);
        }

        _rows = 0;
    }
}

/// <summary>A column of a <see cref="ParquetTable"/>: its field and the values of the row group being filled.</summary>
public abstract class ParquetColumn
{
    internal abstract DataField Field { get; }

    internal abstract int Count { get; }

    internal abstract void Reserve(int rows);

    /// <summary>Writes the row group's values and empties the buffer.</summary>
    internal abstract void WriteTo(ParquetRowGroupWriter group);
}

/// <summary>A column of numbers that are never missing.</summary>
public sealed class ValueColumn<T>(string name) : ParquetColumn where T : struct
{
    private T[] _values = [];
    private int _count;

    internal override DataField Field { get; } = new DataField<T>(name);

    internal override int Count => _count;

    public void Add(T value) => _values[_count++] = value;

    internal override void Reserve(int rows) => _values = new T[rows];

    internal override void WriteTo(ParquetRowGroupWriter group)
    {
        group.WriteAsync(Field, new ReadOnlyMemory<T>(_values, 0, _count)).GetAwaiter().GetResult();
        _count = 0;
    }
}

/// <summary>A column of numbers that may be missing (null).</summary>
public sealed class NullableColumn<T>(string name) : ParquetColumn where T : struct
{
    private T?[] _values = [];
    private int _count;

    internal override DataField Field { get; } = new DataField<T?>(name);

    internal override int Count => _count;

    public void Add(T? value) => _values[_count++] = value;

    internal override void Reserve(int rows) => _values = new T?[rows];

    internal override void WriteTo(ParquetRowGroupWriter group)
    {
        group.WriteAsync(Field, new ReadOnlyMemory<T?>(_values, 0, _count)).GetAwaiter().GetResult();
        _count = 0;
    }
}

/// <summary>A column of text that may be missing (null); repeated values are dictionary-encoded by the writer.</summary>
public sealed class TextColumn(string name) : ParquetColumn
{
    private readonly List<string?> _values = [];

    internal override DataField Field { get; } = new DataField<string>(name, true);

    internal override int Count => _values.Count;

    public void Add(string? value) => _values.Add(value);

    internal override void Reserve(int rows) => _values.Capacity = rows;

    internal override void WriteTo(ParquetRowGroupWriter group)
    {
        group.WriteAsync(Field, (IReadOnlyCollection<string>)_values).GetAwaiter().GetResult();
        _values.Clear();
    }
}
