using System.CommandLine;
using InfluenceSim.Cli.Common;
using InfluenceSim.Output;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// influencesim schema [--out FILE] [--markdown]: the scenario format as the field declarations give it, as a JSON
/// Schema for editors (scenarios/influencesim.schema.json is its output) or as the field tables of
/// docs/scenario-reference.md.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outFile = new Option<string?>("--out") { Description = "Write to this file (replacing it) instead of standard output." };
        var markdown = new Option<bool>("--markdown") { Description = "The field tables of docs/scenario-reference.md instead of the JSON Schema." };
        var command = new Command("schema", "Print the JSON Schema of scenario files (or with --markdown the reference's field tables), written from the field declarations.")
        {
            outFile, markdown,
        };
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(markdown) ? FieldTables.Markdown() : ScenarioSchema.Text();
            if (parsed.GetValue(outFile) is not { } path)
            {
                output.Write(text);
                return ExitCodes.Success;
            }

            if (Directory.Exists(path))
            {
                error.WriteLine($"{path}: is a folder; give the schema file's path.");
                return ExitCodes.BadInput;
            }

            AtomicFile.WriteText(path, writer => writer.Write(text));
            output.WriteLine($"Wrote {path}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
