using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>One point of a sweep: its number and the value of each varied parameter (in the sweep file's order).</summary>
public sealed record SweepPoint(int Index, IReadOnlyList<JToken> Values)
{
    /// <summary>The folder name of the point's results.</summary>
    [JsonIgnore]
    public string FolderName => $"point-{Index:D4}";
}
