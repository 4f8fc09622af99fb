using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>A sweep file: a base scenario, the parameters to vary and the design of the points.</summary>
public sealed class SweepSpec
{
    [JsonProperty("$schema")] public string? Schema { get; set; }
    [JsonRequired] public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>The base scenario, relative to the sweep file.</summary>
    [JsonRequired] public string Scenario { get; set; } = "";
    public SweepDesignSpec Design { get; set; } = new();
    [JsonRequired] public List<SweepParameterSpec> Parameters { get; set; } = [];
    /// <summary>Replaces the scenario's seed for every point (points share it: common random numbers).</summary>
    public long? Seed { get; set; }
    /// <summary>Replaces the scenario's replicates for every point.</summary>
    public int? Replicates { get; set; }
}

public sealed class SweepDesignSpec
{
    public string Type { get; set; } = SweepDesigns.Factorial;
    /// <summary>latin-hypercube: the number of points; sobol: the base sample N (a power of two), for N (k + 2) points.</summary>
    public int Samples { get; set; } = 10;
    /// <summary>morris: the number of trajectories r, for r (k + 1) points.</summary>
    public int Trajectories { get; set; } = 10;
    /// <summary>morris: the number of levels p of the grid (even).</summary>
    public int Levels { get; set; } = 4;
}

public static class SweepDesigns
{
    public const string Factorial = "factorial";
    public const string LatinHypercube = "latin-hypercube";
    public const string Sobol = "sobol";
    public const string Morris = "morris";
    public static readonly IReadOnlyList<string> All = [Factorial, LatinHypercube, Sobol, Morris];

    /// <summary>Designs that sample each parameter's range (and take no listed values).</summary>
    public static bool SamplesRanges(string design) => design is LatinHypercube or Sobol or Morris;
}

public sealed class SweepParameterSpec
{
    /// <summary>A dotted path into the scenario, as in events ("actors.rok-mofa.postsPerDay").</summary>
    [JsonRequired] public string Path { get; set; } = "";
    /// <summary>factorial: the values to take (any JSON).</summary>
    public List<JToken>? Values { get; set; }
    /// <summary>The lowest and highest value: evenly spaced in <see cref="Steps"/> for factorial, sampled for latin-hypercube.</summary>
    public List<double>? Range { get; set; }
    /// <summary>factorial with a range: how many evenly spaced values, ends included.</summary>
    public int Steps { get; set; } = 5;
    /// <summary>Round sampled values to whole numbers (for counts).</summary>
    public bool Integer { get; set; }
    /// <summary>A path set to 1 - value, to keep a two-part mix summing to 1 ("actors.rok-mofa.languages.ko").</summary>
    public string? Complement { get; set; }
}
