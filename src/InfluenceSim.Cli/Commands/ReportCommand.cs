using System.CommandLine;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Report;
using InfluenceSim.Plots.Results;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim report DIR: writes DIR/report.html, one self-contained page of a run.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "A results folder written by 'influencesim run'." };
        var command = new Command("report", "Write DIR/report.html: the scenario, the run's provenance, the figures and the summary tables, in one file.") { folder };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(folder)!;
            try
            {
                var results = RunResults.Load(directory);
                var path = Path.Combine(directory, HtmlReport.FileName);
                HtmlReport.Write(path, results, StandardFigures.For(results));
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
