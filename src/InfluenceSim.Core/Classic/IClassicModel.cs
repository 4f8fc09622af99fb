using InfluenceSim.Metrics;

namespace InfluenceSim.Classic;

/// <summary>
/// A classic model as a plug-in (<see cref="ClassicModels"/>): its name, the metrics it counts, the memory it keeps
/// per node, and how it builds a replicate's process on the replicate's network. Its parameters are declared in
/// <see cref="Scenarios.ClassicSpec"/>, each read by the models its declaration names.
/// </summary>
public interface IClassicModel
{
    /// <summary>The scenario's "model" (a name in <see cref="Scenarios.ScenarioModels"/>).</summary>
    string Name { get; }

    /// <summary>The metrics it counts per segment or in all.</summary>
    IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>The most bytes it keeps per node, for the memory estimate.</summary>
    int BytesPerNode { get; }

    /// <summary>It keeps the network reversed too (whom each node listens to), for the memory estimate.</summary>
    bool ListensToInNeighbours { get; }

    /// <summary>Builds the process of one replicate. Draw from <see cref="ClassicSetup.Random"/> only, in a fixed order.</summary>
    ClassicProcess Build(ClassicSetup setup);
}
