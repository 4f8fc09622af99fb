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

    /// <summary>Writes the lines as a whole (<see cref="AtomicFile"/>).</summary>
    public static void WriteAtomically(string path, IEnumerable<string> lines) =>
        AtomicFile.WriteText(path, writer =>
        {
            foreach (var line in lines) writer.WriteLine(line);
        });
}
