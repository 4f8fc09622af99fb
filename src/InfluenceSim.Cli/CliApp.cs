using System.CommandLine;
using InfluenceSim.Cli.Commands;

namespace InfluenceSim.Cli;

/// <summary>The influencesim command line: parses the arguments and hands over to one command.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("InfluenceSim: agent-based simulation of state narratives, moderation and counter-messaging on social networks.")
        {
            RunCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            SweepCommand.Create(output, error),
            MergeCommand.Create(output, error),
            CompareCommand.Create(output, error),
            PlotCommand.Create(output, error),
            ReportCommand.Create(output, error),
            BenchCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine(problem.Message);
            error.WriteLine("Run 'influencesim --help' for the commands and their options.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            error.WriteLine($"influencesim: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            error.WriteLine($"influencesim: internal error: {e.Message}");
            error.WriteLine(e.StackTrace);
            return ExitCodes.Failure;
        }
    }
}
