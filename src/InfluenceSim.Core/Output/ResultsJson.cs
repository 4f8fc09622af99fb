using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace InfluenceSim.Output;

/// <summary>The JSON files of a results folder: written indented with "\n" line ends and atomically; read back into their types.</summary>
public static class ResultsJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Formatting = Formatting.Indented,
        FloatFormatHandling = FloatFormatHandling.Symbol,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    public static void Write(string path, object value) =>
        AtomicFile.WriteText(path, writer =>
        {
            using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
            JsonSerializer.Create(Settings).Serialize(json, value);
            json.Flush();
            writer.WriteLine();
        });

    /// <summary>Reads a file; an <see cref="InvalidDataException"/> names the file (and line) when it is missing or not what was expected.</summary>
    public static T Read<T>(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing: is this a results folder written by 'influencesim run'?");
        try
        {
            return JsonConvert.DeserializeObject<T>(File.ReadAllText(path), Settings)
                ?? throw new InvalidDataException($"{path}: empty");
        }
        catch (JsonException e)
        {
            var line = e is JsonReaderException reader ? $":{reader.LineNumber}" : e is JsonSerializationException serialization ? $":{serialization.LineNumber}" : "";
            throw new InvalidDataException($"{path}{line}: not a file of this version of InfluenceSim ({e.Message})");
        }
    }
}
