using System.Security.Cryptography;
using System.Text;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>
/// A checked calibration: its spec, the observed data mapped to the base scenario's series, and the simulation of
/// any particle (the base scenario with the particle's values set, run with the simulation's seed). Errors name the
/// file, line and field, as scenario errors do; particles at the lowest, the middle and the highest of every prior are
/// built before anything runs, so that a prior reaching outside what the field allows is an error, not a failed run.
/// </summary>
public sealed class LoadedCalibration
{
    private readonly string _directory;
    private readonly string _scenarioPath;
    private readonly bool _filesOutsideFolder;

    private LoadedCalibration(CalibrationSpec spec, string sourcePath, string sourceHash, string scenarioPath, ObservedData observed, long seed, ISimulation baseSimulation,
        bool filesOutsideFolder)
    {
        Spec = spec;
        SourcePath = sourcePath;
        SourceHash = sourceHash;
        _scenarioPath = scenarioPath;
        _directory = Path.GetDirectoryName(Path.GetFullPath(sourcePath)) ?? ".";
        Observed = observed;
        Seed = seed;
        BaseSimulation = baseSimulation;
        _filesOutsideFolder = filesOutsideFolder;
    }

    public CalibrationSpec Spec { get; }

    public string SourcePath { get; }

    /// <summary>SHA-256 of the calibration file, its observed data and its base scenario: what a results folder must match to be resumed.</summary>
    public string SourceHash { get; }

    public ObservedData Observed { get; }

    public long Seed { get; }

    /// <summary>The base scenario, compiled: for its sizes (the memory a simulation needs).</summary>
    public ISimulation BaseSimulation { get; }

    /// <summary>Each parameter's prior bounds on the scale where the prior is uniform.</summary>
    public IReadOnlyList<(double Low, double High)> Bounds =>
        Spec.Parameters.Select(p => (p.ToUniformScale(p.Range[0]), p.ToUniformScale(p.Range[1]))).ToArray();

    public static LoadedCalibration Load(string path, bool filesOutsideFolder = false)
    {
        var (root, text) = JsonFile.Read(path, "calibration file");
        var errors = new ErrorSink(path, root);
        var spec = new ScenarioBinder(errors).BindObject<CalibrationSpec>(root);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var scenarioPath = Path.Combine(directory, spec.Scenario);
        Validate(spec, scenarioPath, errors);
        if (errors.HasErrors) throw new ScenarioException(errors.Errors);
        var scenario = ScenarioLoader.Load(scenarioPath, new ScenarioOverrides(FilesOutsideFolder: filesOutsideFolder));
        var simulation = ScenarioCompiler.Compile(scenario);
        var observedPath = Path.Combine(directory, spec.Observed);
        var observed = ObservedData.Read(observedPath, simulation.Layout, simulation.Steps);
        var hashed = new StringBuilder(text).Append('\n').Append(File.ReadAllText(observedPath)).Append('\n').Append(scenario.SourceHash);
        var calibration = new LoadedCalibration(spec, path, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashed.ToString()))), scenarioPath,
            observed, spec.Seed ?? scenario.Scenario.Seed, simulation, filesOutsideFolder);
        foreach (var corner in new Func<(double Low, double High), double>[] { b => b.Low, b => (b.Low + b.High) / 2, b => b.High })
        {
            calibration.Compile(calibration.Bounds.Select(corner).ToArray(), 0);
        }

        return calibration;
    }

    /// <summary>The parameters' values at a position on the uniform scale.</summary>
    public double[] ValuesAt(double[] position) => Spec.Parameters.Select((p, i) => p.FromUniformScale(position[i])).ToArray();

    /// <summary>Runs a particle: its replicates from the simulation's seed; the distance to the observations and the simulated values.</summary>
    public (double Distance, double[] Simulated) Simulate(double[] position, ulong simulationSeed)
    {
        var simulation = Compile(position, simulationSeed);
        var recordings = Enumerable.Range(0, simulation.Replicates).Select(r => ReplicateRunner.Run(simulation, r)).ToArray();
        var simulated = Observed.Simulated(recordings);
        return (Observed.Distance(simulated), simulated);
    }

    private ISimulation Compile(double[] position, ulong simulationSeed)
    {
        var set = new JObject();
        var values = ValuesAt(position);
        for (var i = 0; i < values.Length; i++) set[Spec.Parameters[i].Path] = values[i];
        var variant = new JObject { [ScenarioInheritance.ExtendsField] = _scenarioPath, [ScenarioInheritance.SetField] = set };
        var loaded = ScenarioLoader.Parse(variant.ToString(), SourcePath, _directory,
            new ScenarioOverrides(Seed: unchecked((long)simulationSeed), Replicates: Spec.Replicates, FilesOutsideFolder: _filesOutsideFolder));
        return ScenarioCompiler.Compile(loaded);
    }

    private static void Validate(CalibrationSpec spec, string scenarioPath, ErrorSink errors)
    {
        if (string.IsNullOrWhiteSpace(spec.Name)) errors.AtPath("name", "must not be empty");
        if (!File.Exists(scenarioPath)) errors.AtPath("scenario", $"the scenario file '{scenarioPath}' does not exist");
        if (!CalibrationDistances.All.Contains(spec.Distance)) errors.AtPath("distance", $"'{spec.Distance}' is not one of: {string.Join(", ", CalibrationDistances.All)}");
        if (spec.Particles < 10) errors.AtPath("particles", "must be at least 10");
        if (spec.Generations < 0) errors.AtPath("generations", "must be 0 or more");
        if (spec.Quantile is <= 0 or >= 1) errors.AtPath("quantile", "must lie between 0 and 1 (0.5: each tolerance is the median of the last distances)");
        if (spec.Replicates < 1) errors.AtPath("replicates", "must be at least 1");
        if (spec.MaxSimulations < spec.Particles) errors.AtPath("maxSimulations", "must be at least the number of particles");
        if (spec.Parameters.Count == 0) errors.AtPath("parameters", "name at least one parameter to calibrate");
        for (var i = 0; i < spec.Parameters.Count; i++)
        {
            var parameter = spec.Parameters[i];
            var at = $"parameters[{i}]";
            if (parameter.Path.Split('.').Any(p => p.Length == 0)) errors.AtPath($"{at}.path", $"'{parameter.Path}' is not a dotted path");
            if (!CalibrationPriors.All.Contains(parameter.Prior)) errors.AtPath($"{at}.prior", $"'{parameter.Prior}' is not one of: {string.Join(", ", CalibrationPriors.All)}");
            if (parameter.Range.Count != 2 || parameter.Range[0] >= parameter.Range[1]) errors.AtPath($"{at}.range", "must be [lowest, highest] with lowest below highest");
            else if (parameter.Prior == CalibrationPriors.LogUniform && parameter.Range[0] <= 0) errors.AtPath($"{at}.range", "a log-uniform prior needs a range above 0");
        }
    }
}
