using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// Reads the JSON object of a scenario or sweep file strictly, with line information: a missing file, a folder,
/// an empty file, invalid JSON, duplicate keys, NaN or Infinity and anything but one object are errors located in
/// the file.
/// </summary>
internal static class JsonFile
{
    /// <summary>Larger than any scenario or sweep a person writes; keeps a device or a data file from being read whole.</summary>
    public const long MaxBytes = 16 << 20;

    /// <param name="path">The file as the user named it.</param>
    /// <param name="what">What the file should be, for messages: "scenario file", "sweep file", "base scenario".</param>
    public static (JObject Root, string Text) Read(string path, string what)
    {
        if (Directory.Exists(path)) throw Error(path, $"'{path}' is a folder; give the {what} itself");
        if (!File.Exists(path)) throw Error(path, $"the {what} '{path}' does not exist");
        string text;
        try
        {
            using var stream = File.OpenRead(path);
            using var bytes = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                bytes.Write(chunk, 0, read);
                if (bytes.Length > MaxBytes) throw Error(path, $"the {what} is larger than {MaxBytes >> 20} MB; is it the right file?");
            }

            var content = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
            if (content.Contains((byte)0)) throw Error(path, $"the {what} is not text (it holds NUL bytes)");
            text = new System.Text.UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw Error(path, $"the {what} is not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(path, $"cannot read the {what}: {e.Message}");
        }

        return (Parse(text, path, what), text);
    }

    /// <summary>Parses JSON text that should be one object.</summary>
    public static JObject Parse(string text, string fileName, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) throw Error(fileName, $"the {what} is empty; it should hold one JSON object");
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { FloatParseHandling = FloatParseHandling.Double };
            var settings = new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            };
            var token = JToken.ReadFrom(reader, settings);
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new JsonReaderException($"unexpected content after the {what}'s object", reader.Path, reader.LineNumber, reader.LinePosition, null);
            }

            if (token is not JObject root) throw new ScenarioException([new ScenarioError(fileName, 1, 1, "", $"a {what} must be one JSON object")]);
            foreach (var value in root.Descendants())
            {
                if (value.Type == JTokenType.Undefined) throw Located(fileName, value, "not valid JSON: a value is missing");
                if (value.Type == JTokenType.Float && !double.IsFinite(value.Value<double>()))
                {
                    throw Located(fileName, value, $"{value.Value<double>().ToString(System.Globalization.CultureInfo.InvariantCulture)} is not allowed; give a finite number");
                }
            }

            return root;
        }
        catch (JsonReaderException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(". Path '", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            throw new ScenarioException([new ScenarioError(fileName, e.LineNumber, e.LinePosition, e.Path ?? "", $"not valid JSON: {message}")]);
        }
    }

    private static ScenarioException Error(string path, string message) => new([new ScenarioError(path, 0, 0, "", message)]);

    private static ScenarioException Located(string fileName, JToken token, string message)
    {
        var info = (IJsonLineInfo)token;
        return new ScenarioException([new ScenarioError(fileName, info.LineNumber, info.LinePosition, token.Path, message)]);
    }
}
