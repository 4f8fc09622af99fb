using System.CommandLine;
using InfluenceSim.Cli.Commands;
using InfluenceSim.Cli.Common;
using InfluenceSim.Output;

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
            LiveCommand.Create(output, error),
            CalibrateCommand.Create(output, error),
            SchemaCommand.Create(output, error),
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
        catch (Exception e)
        {
            return Report(Unwrap(e), error);
        }
    }

    /// <summary>
    /// A user's mistake found late (an output folder) or a failure of the machine (disk full, permission denied, out of
    /// memory) gets a sentence; only a bug gets a stack trace. Results are published whole or not at all, so none is half-written.
    /// </summary>
    private static int Report(Exception e, TextWriter error)
    {
        switch (e)
        {
            case OutputFolderException:
                error.WriteLine($"{e.Message}. Nothing was run or written.");
                return ExitCodes.BadInput;
            case IOException or UnauthorizedAccessException:
                error.WriteLine($"influencesim: {e.Message.TrimEnd('.')}. Results finished before this are kept; nothing half-written was left.");
                return ExitCodes.Failure;
            case OutOfMemoryException:
                error.WriteLine("influencesim: out of memory. Results finished before this are kept; nothing half-written was left. " +
                    "Make the world smaller or run fewer replicates at once (--threads).");
                return ExitCodes.Failure;
            default:
                error.WriteLine($"influencesim: internal error: {e.Message}");
                error.WriteLine(e.StackTrace);
                return ExitCodes.Failure;
        }
    }

    /// <summary>Parallel loops wrap what their workers threw; the first failure is the one to tell.</summary>
    private static Exception Unwrap(Exception e) =>
        e is AggregateException aggregate && aggregate.Flatten().InnerExceptions is { Count: > 0 } inner ? Unwrap(inner[0]) : e;
}
