using InfluenceSim.Output;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Output;

public class ParquetTableTests
{
    [Test]
    public void RowsReadBackAsWrittenAcrossRowGroups()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("influencesim-parquet").FullName, "t.parquet");
        var number = new ValueColumn<int>("number");
        var maybe = new NullableColumn<int>("maybe");
        var share = new ValueColumn<double>("share");
        var text = new TextColumn("text");
        using (var stream = File.Create(path))
        using (var table = new ParquetTable(stream, [number, maybe, share, text], rowGroupRows: 3))
        {
            for (var i = 0; i < 8; i++)
            {
                number.Add(i);
                maybe.Add(i % 2 == 0 ? i * 10 : null);
                share.Add(i / 8.0);
                text.Add(i % 3 == 0 ? null : $"t{i % 3}");
                table.EndRow();
            }
        }

        var columns = ParquetFile.Read(path);
        Assert.Multiple(() =>
        {
            Assert.That(ParquetFile.RowGroups(path), Is.EqualTo(3), "8 rows in groups of 3");
            Assert.That(columns["number"], Is.EqualTo(Enumerable.Range(0, 8).Cast<object?>()));
            Assert.That(columns["maybe"], Is.EqualTo(new object?[] { 0, null, 20, null, 40, null, 60, null }));
            Assert.That(columns["share"], Is.EqualTo(Enumerable.Range(0, 8).Select(i => (object?)(i / 8.0))));
            Assert.That(columns["text"], Is.EqualTo(new object?[] { null, "t1", "t2", null, "t1", "t2", null, "t1" }));
        });
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Test]
    public void ARowWithAMissingValueIsRefused()
    {
        using var stream = new MemoryStream();
        var a = new ValueColumn<int>("a");
        var b = new ValueColumn<int>("b");
        using var table = new ParquetTable(stream, [a, b]);
        a.Add(1);
        Assert.Throws<InvalidOperationException>(table.EndRow);
    }
}
