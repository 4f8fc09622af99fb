using InfluenceSim.Scenarios;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace InfluenceSim.Live;

/// <summary>Scenario objects written back as scenario JSON: camel-case field names, ids and dictionary keys as they are.</summary>
internal static class ScenarioJson
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
    });

    public static JObject Of(Scenario scenario) => JObject.FromObject(scenario, Serializer);
}
