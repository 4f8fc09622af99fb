using System.CommandLine;
using InfluenceSim.Cli.Common;
using InfluenceSim.Plots.Report;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim report DIR: writes DIR/report.html, one self-contained page of a run or a sweep.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "A results folder written by 'influencesim run' or 'influencesim sweep'." };
        var command = new Command("report", "Write DIR/report.html: the scenario, the run's provenance, the figures and the summary tables, in one file.") { folder };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(folder)!;
            try
            {
                var path = Path.Combine(directory, HtmlReport.FileName);
                ResultReport.Write(directory, path);
                output.WriteLine($"Report written to {path}.");
                return ExitCodes.Success;
            }
            catch (InvalidDataException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
