using Newtonsoft.Json;

namespace InfluenceSim.Experiments;

/// <summary>A calibration file: a base scenario, the parameters with their priors, the observed data and the budget.</summary>
public sealed class CalibrationSpec
{
    [JsonProperty("$schema")] public string? Schema { get; set; }
    [JsonRequired] public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>The base scenario, relative to the calibration file.</summary>
    [JsonRequired] public string Scenario { get; set; } = "";
    /// <summary>The observed data (CSV, <see cref="ObservedData"/>), relative to the calibration file.</summary>
    [JsonRequired] public string Observed { get; set; } = "";
    [JsonRequired] public List<CalibrationParameterSpec> Parameters { get; set; } = [];
    /// <summary>The only distance so far: <see cref="ObservedData.Distance"/>.</summary>
    public string Distance { get; set; } = CalibrationDistances.ScaledEuclidean;
    /// <summary>Particles per generation.</summary>
    public int Particles { get; set; } = 100;
    /// <summary>Generations after the prior's (generation 0).</summary>
    public int Generations { get; set; } = 4;
    /// <summary>Each generation's tolerance: this quantile of the last generation's distances.</summary>
    public double Quantile { get; set; } = 0.5;
    /// <summary>Replicates averaged per simulation.</summary>
    public int Replicates { get; set; } = 1;
    /// <summary>The calibration's seed (default: the scenario's).</summary>
    public long? Seed { get; set; }
    /// <summary>Stop before a generation that would take the simulations over this many.</summary>
    public long MaxSimulations { get; set; } = 100_000;
}

public sealed class CalibrationParameterSpec
{
    /// <summary>A dotted path into the scenario, as in events and sweeps.</summary>
    [JsonRequired] public string Path { get; set; } = "";
    /// <summary>uniform or log-uniform.</summary>
    public string Prior { get; set; } = CalibrationPriors.Uniform;
    /// <summary>[lowest, highest].</summary>
    [JsonRequired] public List<double> Range { get; set; } = [];

    /// <summary>Where a value lies on the scale where the prior is uniform.</summary>
    public double ToUniformScale(double value) => Prior == CalibrationPriors.LogUniform ? Math.Log(value) : value;

    public double FromUniformScale(double position) => Prior == CalibrationPriors.LogUniform ? Math.Exp(position) : position;
}

public static class CalibrationPriors
{
    public const string Uniform = "uniform";
    public const string LogUniform = "log-uniform";
    public static readonly IReadOnlyList<string> All = [Uniform, LogUniform];
}

public static class CalibrationDistances
{
    public const string ScaledEuclidean = "scaled-euclidean";
    public static readonly IReadOnlyList<string> All = [ScaledEuclidean];
}
