using InfluenceSim.Scenarios;

namespace InfluenceSim.Simulation;

/// <summary>Positions of the scenario's named parts in the model's arrays.</summary>
internal sealed class ModelIndex
{
    public ModelIndex(Scenario scenario)
    {
        Languages = Positions(scenario.Languages);
        Platforms = Positions(scenario.Platforms.Select(p => p.Id));
        Segments = Positions(scenario.Segments.Select(s => s.Id));
        Narratives = Positions(scenario.Narratives.Select(n => n.Id));
    }

    public IReadOnlyDictionary<string, int> Languages { get; }

    public IReadOnlyDictionary<string, int> Platforms { get; }

    public IReadOnlyDictionary<string, int> Segments { get; }

    public IReadOnlyDictionary<string, int> Narratives { get; }

    private static Dictionary<string, int> Positions(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
}
