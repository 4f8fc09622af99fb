using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

public class SchemaCommandTests
{
    [Test]
    public void PrintsTheSchemaOrTheTables()
    {
        var schema = CliTestRun.Of("schema");
        var tables = CliTestRun.Of("schema", "--markdown");
        Assert.Multiple(() =>
        {
            Assert.That(schema.ExitCode, Is.Zero, schema.Error);
            Assert.That(schema.Output, Is.EqualTo(ScenarioSchema.Text()));
            Assert.That(tables.ExitCode, Is.Zero, tables.Error);
            Assert.That(tables.Output, Is.EqualTo(FieldTables.Markdown()));
        });
    }

    [Test]
    public void WritesTheSchemaToAFile()
    {
        var folder = Directory.CreateTempSubdirectory("influencesim-schema-").FullName;
        try
        {
            var file = Path.Combine(folder, "schema.json");
            var run = CliTestRun.Of("schema", "--out", file);
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(File.ReadAllText(file), Is.EqualTo(ScenarioSchema.Text()));
            Assert.That(CliTestRun.Of("schema", "--out", folder).ExitCode, Is.EqualTo(2), "a folder is not a file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
