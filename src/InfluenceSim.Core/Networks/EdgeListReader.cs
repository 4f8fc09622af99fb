using System.Globalization;

namespace InfluenceSim.Networks;

/// <summary>
/// Reads a follow edge list: one edge a line, "follower,followed" or "follower,followed,platform", separated by
/// commas or tabs. Agent ids count audience agents from 0 in the order of the scenario's segments. Blank lines
/// and lines starting with '#' are skipped; a first line that is not numeric is taken as a header.
/// </summary>
public static class EdgeListReader
{
    private const int MaxReportedErrors = 20;

    /// <summary>A problem on one line of the file.</summary>
    public sealed record LineError(int Line, string Message);

    public static EdgeListData Read(TextReader reader, int agentCount, IReadOnlySet<string> platforms, List<LineError> errors)
    {
        var followers = new List<int>();
        var followed = new List<int>();
        var edgePlatforms = new List<string?>();
        var lineNumber = 0;
        var sawData = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#') continue;
            var fields = text.Split(text.Contains('\t') ? '\t' : ',');
            if (!sawData && !int.TryParse(fields[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                sawData = true;
                continue;
            }

            sawData = true;
            if (ParseEdge(fields, agentCount, platforms) is { } error)
            {
                if (errors.Count < MaxReportedErrors) errors.Add(new LineError(lineNumber, error));
                continue;
            }

            followers.Add(int.Parse(fields[0].Trim(), CultureInfo.InvariantCulture));
            followed.Add(int.Parse(fields[1].Trim(), CultureInfo.InvariantCulture));
            edgePlatforms.Add(fields.Length == 3 ? fields[2].Trim() : null);
        }

        return new EdgeListData([.. followers], [.. followed], [.. edgePlatforms]);
    }

    private static string? ParseEdge(string[] fields, int agentCount, IReadOnlySet<string> platforms)
    {
        if (fields.Length is < 2 or > 3)
        {
            return $"expected 'follower,followed' or 'follower,followed,platform', found {(fields.Length == 1 ? "1 field" : $"{fields.Length} fields")}";
        }

        for (var i = 0; i < 2; i++)
        {
            var field = fields[i].Trim();
            if (!int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                return $"{(i == 0 ? "follower" : "followed")} '{field}' is not a whole number";
            }

            if (id < 0 || id >= agentCount)
            {
                return $"{(i == 0 ? "follower" : "followed")} {id} is outside the audience's agent ids 0 to {agentCount - 1}";
            }
        }

        if (fields.Length == 3 && !platforms.Contains(fields[2].Trim()))
        {
            return $"platform '{fields[2].Trim()}' is not defined in the scenario";
        }

        return null;
    }
}
