using InfluenceSim.Networks;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Scenarios;

/// <summary>
/// A checked scenario, ready to compile: the scenario at step 0, the scenario as each event step leaves it,
/// the parsed edge lists it refers to, and what provenance needs (source file, its hash, the resolved JSON).
/// </summary>
public sealed class LoadedScenario
{
    internal LoadedScenario(Scenario scenario, IReadOnlyList<ScheduledState> timeline, IReadOnlyDictionary<string, EdgeListData> edgeLists,
        string sourcePath, string sourceHash, JObject resolved)
    {
        Scenario = scenario;
        Timeline = timeline;
        EdgeLists = edgeLists;
        SourcePath = sourcePath;
        SourceHash = sourceHash;
        Resolved = resolved;
    }

    public Scenario Scenario { get; }

    /// <summary>The scenario from each event step on, in step order.</summary>
    public IReadOnlyList<ScheduledState> Timeline { get; }

    /// <summary>Parsed edge list files, keyed by the network's path as written.</summary>
    public IReadOnlyDictionary<string, EdgeListData> EdgeLists { get; }

    public string SourcePath { get; }

    public string SourceHash { get; }

    public JObject Resolved { get; }
}

/// <summary>The scenario as it stands from <paramref name="Step"/> on.</summary>
public sealed record ScheduledState(int Step, Scenario Scenario);
