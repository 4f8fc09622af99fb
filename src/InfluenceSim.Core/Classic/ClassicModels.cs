using InfluenceSim.Metrics;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Classic;

/// <summary>The classic models, one plug-in each: adding a model is a line here (docs/development.md).</summary>
public static class ClassicModels
{
    public static readonly IReadOnlyList<IClassicModel> All =
    [
        new EpidemicClassicModel(ScenarioModels.SI, EpidemicModel.SI),
        new EpidemicClassicModel(ScenarioModels.SIS, EpidemicModel.SIS),
        new EpidemicClassicModel(ScenarioModels.SIR, EpidemicModel.SIR),
        new SeirModel(),
        new IndependentCascadeModel(),
        new LinearThresholdModel(),
        new KerteszThresholdModel(),
        new VoterModel(),
        new MajorityRuleModel(),
        new SznajdModel(),
        new QVoterModel(),
        new BoundedConfidenceModel(ScenarioModels.Deffuant),
        new BoundedConfidenceModel(ScenarioModels.HegselmannKrause),
    ];

    /// <summary>The classic model of that name.</summary>
    /// <exception cref="ArgumentException">No classic model has it.</exception>
    public static IClassicModel Named(string name) =>
        All.FirstOrDefault(m => m.Name == name) ?? throw new ArgumentException($"no classic model named '{name}'", nameof(name));

    /// <summary>The metrics a scenario's model counts: the platform model's and SimSoM's from the catalogue, a classic model's its own.</summary>
    public static IReadOnlyList<MetricDefinition> MetricsOf(string model) => model switch
    {
        ScenarioModels.Platform => MetricCatalogue.PlatformModel,
        ScenarioModels.SimSoM => MetricCatalogue.SimSoMModel,
        _ => Named(model).Metrics,
    };
}
