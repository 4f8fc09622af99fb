using InfluenceSim.Classic;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Simulation;

namespace InfluenceSim.Experiments;

/// <summary>Compiles a loaded scenario into the simulation of its model: the platform model or a classic one.</summary>
public static class ScenarioCompiler
{
    public static ISimulation Compile(LoadedScenario loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return ScenarioModels.IsClassic(loaded.Scenario.Model) ? new ClassicSimulation(loaded) : new SimulationModel(loaded);
    }
}
