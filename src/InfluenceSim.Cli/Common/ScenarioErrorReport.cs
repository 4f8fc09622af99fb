using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Common;

/// <summary>Prints scenario errors for people: one a line, then how many.</summary>
internal static class ScenarioErrorReport
{
    public static int Print(ScenarioException exception, TextWriter error)
    {
        foreach (var problem in exception.Errors) error.WriteLine(problem.ToString());
        error.WriteLine(exception.Errors.Count == 1 ? "1 error; nothing was run or written." : $"{exception.Errors.Count} errors; nothing was run or written.");
        return ExitCodes.BadInput;
    }
}
