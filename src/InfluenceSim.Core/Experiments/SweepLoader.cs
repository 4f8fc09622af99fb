using System.Security.Cryptography;
using System.Text;
using InfluenceSim.Scenarios;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>
/// Reads and checks a sweep file and builds the scenario of every point (the base scenario with the point's
/// values set), so that a sweep with a bad point fails before anything runs. Errors name the file, line, column
/// and JSON path, as scenario errors do.
/// </summary>
public static class SweepLoader
{
    /// <summary>Points whose errors are listed before the rest are only counted.</summary>
    private const int MaxPointsReported = 10;

    /// <param name="path">The sweep file.</param>
    /// <param name="filesOutsideFolder">Whether the scenarios may read edge lists outside their folders.</param>
    public static LoadedSweep Load(string path, bool filesOutsideFolder = false)
    {
        var (root, text) = JsonFile.Read(path, "sweep file");
        if (!root.ContainsKey("parameters") && (root.ContainsKey("segments") || root.ContainsKey("model") || root.ContainsKey("extends")))
        {
            throw new ScenarioException([new ScenarioError(path, 0, 0, "",
                "this is a scenario file, not a sweep file: a sweep file (NAME.sweep.json) names a base 'scenario' and the 'parameters' to vary")]);
        }

        var errors = new ErrorSink(path, root);
        var spec = new ScenarioBinder(errors).BindObject<SweepSpec>(root);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var scenarioPath = Path.Combine(directory, spec.Scenario);
        Validate(spec, scenarioPath, errors);
        if (errors.HasErrors) throw new ScenarioException(errors.Errors);
        if (SweepDesign.PointCount(spec) > SweepDesign.MaxPoints)
        {
            errors.AtPath(spec.Design.Type switch
                {
                    SweepDesigns.LatinHypercube or SweepDesigns.Sobol => "design.samples",
                    SweepDesigns.Morris => "design.trajectories",
                    _ => "parameters",
                },
                $"the design has {SweepDesign.PointCount(spec):N0} points; at most {SweepDesign.MaxPoints:N0} are supported (split it into several sweeps)");
            throw new ScenarioException(errors.Errors);
        }

        var seed = spec.Seed ?? ScenarioLoader.Load(scenarioPath, new ScenarioOverrides(FilesOutsideFolder: filesOutsideFolder)).Scenario.Seed;
        var points = SweepDesign.Points(spec, unchecked((ulong)seed));
        var scenarios = new List<LoadedScenario>();
        var failedPoints = 0;
        foreach (var point in points)
        {
            try
            {
                scenarios.Add(ScenarioLoader.Parse(PointVariant(spec, scenarioPath, point).ToString(), path, directory,
                    new ScenarioOverrides(Seed: spec.Seed, Replicates: spec.Replicates, FilesOutsideFolder: filesOutsideFolder)));
            }
            catch (ScenarioException e)
            {
                if (++failedPoints > MaxPointsReported) continue;
                var values = string.Join(", ", spec.Parameters.Select((p, i) => $"{p.Path} = {point.Values[i].ToString(Formatting.None)}"));
                foreach (var error in e.Errors) errors.AtPath("parameters", $"point {point.Index} ({values}): {error.JsonPath}: {error.Message}");
            }
        }

        if (failedPoints > MaxPointsReported) errors.AtPath("design", $"{failedPoints - MaxPointsReported:N0} more points are invalid");

        if (errors.HasErrors) throw new ScenarioException(errors.Errors);
        var hashed = new StringBuilder(text);
        foreach (var scenario in scenarios.Take(1)) hashed.Append('\n').Append(scenario.SourceHash);
        return new LoadedSweep(spec, path, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashed.ToString()))), points, scenarios);
    }

    /// <summary>The scenario of a point: the base, with each parameter (and its complement) set.</summary>
    private static JObject PointVariant(SweepSpec spec, string scenarioPath, SweepPoint point)
    {
        var set = new JObject();
        for (var i = 0; i < spec.Parameters.Count; i++)
        {
            var parameter = spec.Parameters[i];
            set[parameter.Path] = point.Values[i].DeepClone();
            if (parameter.Complement is not null) set[parameter.Complement] = 1 - point.Values[i].Value<double>();
        }

        return new JObject { [ScenarioInheritance.ExtendsField] = scenarioPath, [ScenarioInheritance.SetField] = set };
    }

    private static void CheckSobol(SweepSpec spec, ErrorSink errors)
    {
        var samples = spec.Design.Samples;
        if (samples >= 2 && (samples & (samples - 1)) != 0)
        {
            errors.AtPath("design.samples", $"a sobol design takes a power of two (its base sample is then balanced), got {samples}: try {1 << (int)Math.Round(Math.Log2(samples))}");
        }

        if (spec.Parameters.Count > Randomness.SobolSequence.MaxDimensions / 2)
        {
            errors.AtPath("parameters", $"a sobol design varies at most {Randomness.SobolSequence.MaxDimensions / 2} parameters; screen them first with a morris design");
        }
    }

    private static void CheckMorris(SweepSpec spec, ErrorSink errors)
    {
        if (spec.Design.Trajectories < 2) errors.AtPath("design.trajectories", "must be at least 2 (the spread of the effects needs two)");
        if (spec.Design.Levels < 2 || spec.Design.Levels % 2 != 0) errors.AtPath("design.levels", $"must be an even number of at least 2, got {spec.Design.Levels}");
    }

    private static void Validate(SweepSpec spec, string scenarioPath, ErrorSink errors)
    {
        if (string.IsNullOrWhiteSpace(spec.Name)) errors.AtPath("name", "must not be empty");
        if (!File.Exists(scenarioPath)) errors.AtPath("scenario", $"the scenario file '{scenarioPath}' does not exist");
        if (!SweepDesigns.All.Contains(spec.Design.Type)) errors.AtPath("design.type", $"'{spec.Design.Type}' is not one of: {string.Join(", ", SweepDesigns.All)}");
        if (spec.Design.Samples < 1) errors.AtPath("design.samples", "must be at least 1");
        if (spec.Design.Type == SweepDesigns.Sobol) CheckSobol(spec, errors);
        if (spec.Design.Type == SweepDesigns.Morris) CheckMorris(spec, errors);
        if (spec.Replicates is < 1) errors.AtPath("replicates", "must be at least 1");
        if (spec.Parameters.Count == 0) errors.AtPath("parameters", "name at least one parameter to vary");
        var latin = SweepDesigns.SamplesRanges(spec.Design.Type);
        for (var i = 0; i < spec.Parameters.Count; i++)
        {
            var parameter = spec.Parameters[i];
            var at = $"parameters[{i}]";
            if (parameter.Path.Split('.').Any(p => p.Length == 0)) errors.AtPath($"{at}.path", $"'{parameter.Path}' is not a dotted path");
            if ((parameter.Values is null) == (parameter.Range is null)) errors.AtPath(at, "give either 'values' or 'range'");
            if (parameter.Values is { Count: 0 }) errors.AtPath($"{at}.values", "must list at least one value");
            if (latin && parameter.Values is not null) errors.AtPath($"{at}.values", $"a {spec.Design.Type} design samples ranges: give 'range' instead");
            if (parameter.Range is { } range && (range.Count != 2 || range[0] > range[1]))
            {
                errors.AtPath($"{at}.range", "must be [lowest, highest]");
            }

            if (!latin && parameter.Range is not null && parameter.Steps < 2) errors.AtPath($"{at}.steps", "must be at least 2");
            if (parameter.Complement is not null && parameter.Values?.Any(v => v.Type is not (JTokenType.Integer or JTokenType.Float)) == true)
            {
                errors.AtPath($"{at}.complement", "needs numeric values");
            }
        }
    }
}
