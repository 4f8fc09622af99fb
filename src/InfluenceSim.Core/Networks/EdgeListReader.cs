using System.Globalization;
using System.Text;

namespace InfluenceSim.Networks;

/// <summary>
/// Reads a follow edge list: one edge a line, "follower,followed" or "follower,followed,platform", separated by
/// commas or tabs. Agent ids count audience agents from 0 in the order of the scenario's segments. Blank lines
/// and lines starting with '#' are skipped; a first line of the column names (follower, followed, platform) is a
/// header. Anything else that is not an edge (a self loop, a line too long, bytes that are not text, a file with no
/// edges) is an error that names its line.
/// </summary>
public static class EdgeListReader
{
    /// <summary>Longer than any edge line; a longer line means the file is not an edge list (or is endless).</summary>
    public const int MaxLineLength = 1000;

    private const int MaxReportedErrors = 20;
    private static readonly string[] ColumnNames = ["follower", "followed", "platform"];

    /// <summary>A problem on one line of the file (line 0: the file as a whole).</summary>
    public sealed record LineError(int Line, string Message);

    /// <param name="reader">The text; a reader that throws <see cref="DecoderFallbackException"/> on bytes that are not UTF-8 makes those an error.</param>
    /// <param name="agentCount">Agent ids run from 0 to agentCount - 1.</param>
    /// <param name="platforms">The scenario's platform ids, for the third column.</param>
    /// <param name="errors">Receives the problems found (the first 20).</param>
    public static EdgeListData Read(TextReader reader, int agentCount, IReadOnlySet<string> platforms, List<LineError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        var followers = new List<int>();
        var followed = new List<int>();
        var edgePlatforms = new List<string?>();
        var lineNumber = 0;
        var sawData = false;
        var buffer = new StringBuilder();
        try
        {
            while (ReadLine(reader, buffer) is var status && status != LineStatus.End)
            {
                lineNumber++;
                var text = buffer.ToString().Trim();
                if (text.Contains('\0'))
                {
                    errors.Add(new LineError(lineNumber, "the file is not text (it holds NUL bytes)"));
                    return Empty;
                }

                if (status == LineStatus.TooLong)
                {
                    errors.Add(new LineError(lineNumber, $"the line is longer than {MaxLineLength} characters: this is not an edge list"));
                    return Empty;
                }

                if (text.Length == 0 || text[0] == '#') continue;
                var fields = text.Split(text.Contains('\t') ? '\t' : ',');
                var isHeader = !sawData && IsHeader(fields);
                sawData = true;
                if (isHeader) continue;
                if (ParseEdge(fields, agentCount, platforms, out var from, out var to) is { } error)
                {
                    if (errors.Count < MaxReportedErrors) errors.Add(new LineError(lineNumber, error));
                    continue;
                }

                followers.Add(from);
                followed.Add(to);
                edgePlatforms.Add(fields.Length == 3 ? fields[2].Trim() : null);
            }
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new LineError(lineNumber + 1, "the file is not UTF-8 text"));
            return Empty;
        }

        if (followers.Count == 0 && errors.Count == 0) errors.Add(new LineError(0, "the edge list has no edges"));
        return new EdgeListData([.. followers], [.. followed], [.. edgePlatforms]);
    }

    private static EdgeListData Empty => new([], [], []);

    private enum LineStatus { Line, TooLong, End }

    /// <summary>Reads one line into the buffer, never more than <see cref="MaxLineLength"/> characters of it.</summary>
    private static LineStatus ReadLine(TextReader reader, StringBuilder buffer)
    {
        buffer.Clear();
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n') return LineStatus.Line;
            if (c == '\r')
            {
                if (reader.Peek() == '\n') reader.Read();
                return LineStatus.Line;
            }

            if (buffer.Length == MaxLineLength) return LineStatus.TooLong;
            buffer.Append((char)c);
        }

        return any ? LineStatus.Line : LineStatus.End;
    }

    private static bool IsHeader(string[] fields) =>
        fields.Length is 2 or 3 && fields.Select((f, i) => f.Trim().Equals(ColumnNames[i], StringComparison.OrdinalIgnoreCase)).All(match => match);

    private static string? ParseEdge(string[] fields, int agentCount, IReadOnlySet<string> platforms, out int follower, out int followedId)
    {
        follower = followedId = -1;
        if (fields.Length is < 2 or > 3)
        {
            return $"expected 'follower,followed' or 'follower,followed,platform', found {(fields.Length == 1 ? "1 field" : $"{fields.Length} fields")}";
        }

        if ((ParseId(fields[0], "follower", agentCount, out follower) ?? ParseId(fields[1], "followed", agentCount, out followedId)) is { } error)
        {
            return error;
        }

        if (follower == followedId) return $"agent {follower} follows itself (a self loop)";
        if (fields.Length == 3 && !platforms.Contains(fields[2].Trim()))
        {
            return $"platform '{fields[2].Trim()}' is not defined in the scenario";
        }

        return null;
    }

    private static string? ParseId(string text, string role, int agentCount, out int id)
    {
        var field = text.Trim();
        if (!int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out id))
        {
            return $"{role} '{field}' is not a whole number (a header must name the columns: follower,followed[,platform])";
        }

        return id < 0 || id >= agentCount ? $"{role} {id} is outside the audience's agent ids 0 to {agentCount - 1}" : null;
    }
}
