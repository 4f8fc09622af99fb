using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Output;

/// <summary>CSV cells: numbers round-trip in the invariant culture; text with commas or quotes is quoted.</summary>
public static class Csv
{
    public static string Cell(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Cell(JToken value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Type switch
        {
            JTokenType.Integer or JTokenType.Float => Cell(value.Value<double>()),
            JTokenType.String => Cell(value.Value<string>()!),
            _ => Cell(value.ToString(Formatting.None)),
        };
    }

    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Row(IEnumerable<string> cells) => string.Join(',', cells);

    /// <summary>The cells of a row as <see cref="Row"/> and <see cref="Cell(string)"/> write it: quoted cells unquoted.</summary>
    public static List<string> Cells(string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted && c == '"' && i + 1 < row.Length && row[i + 1] == '"') cell.Append(row[++i]);
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else cell.Append(c);
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>The position of each named column in a header row; an <see cref="InvalidDataException"/> names the file and the missing column.</summary>
    public static int[] Columns(string header, string file, params string[] names)
    {
        var cells = Cells(header);
        return names.Select(name => cells.IndexOf(name) is var index and >= 0
            ? index
            : throw new InvalidDataException($"{file}: the header has no column '{name}'")).ToArray();
    }

    /// <summary>Writes the lines as a whole (<see cref="AtomicFile"/>).</summary>
    public static void WriteAtomically(string path, IEnumerable<string> lines) =>
        AtomicFile.WriteText(path, writer =>
        {
            foreach (var line in lines) writer.WriteLine(line);
        });
}
