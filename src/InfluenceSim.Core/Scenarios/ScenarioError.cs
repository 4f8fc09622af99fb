using System.Globalization;

namespace InfluenceSim.Scenarios;

/// <summary>One problem in a scenario (or a file it refers to), located for the user.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="JsonPath">Path of the offending value in the scenario, empty for whole-file problems.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ScenarioError(string File, int Line, int Column, string JsonPath, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}") : File;
        return JsonPath.Length == 0 ? $"{where}: {Message}" : $"{where}: {JsonPath}: {Message}";
    }
}
