using InfluenceSim.Cli;

namespace InfluenceSim.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliTestRun(int ExitCode, string Output, string Error)
{
    public static CliTestRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error);
        return new CliTestRun(exitCode, output.ToString(), error.ToString());
    }
}
