using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using InfluenceSim.Scenarios;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Output;

/// <summary>Provenance of a run, written as manifest.json: what ran, on what, from which input, with which seeds.</summary>
public sealed record RunManifest
{
    [JsonProperty(Order = 1)] public string Program { get; init; } = "influencesim";
    [JsonProperty(Order = 2)] public required string Version { get; init; }
    [JsonProperty(Order = 3)] public string? GitCommit { get; init; }
    [JsonProperty(Order = 4)] public required string ScenarioFile { get; init; }
    [JsonProperty(Order = 5)] public required string ScenarioSha256 { get; init; }
    [JsonProperty(Order = 6)] public required long Seed { get; init; }
    [JsonProperty(Order = 7)] public required IReadOnlyList<int> Replicates { get; init; }

    /// <summary>Each replicate's seed, as text (64-bit unsigned).</summary>
    [JsonProperty(Order = 8)] public required IReadOnlyList<string> ReplicateSeeds { get; init; }
    [JsonProperty(Order = 9)] public required int Threads { get; init; }
    [JsonProperty(Order = 10)] public required string StartedUtc { get; init; }
    [JsonProperty(Order = 11)] public required string EndedUtc { get; init; }
    [JsonProperty(Order = 12)] public required double WallSeconds { get; init; }
    [JsonProperty(Order = 13)] public required MachineInfo Machine { get; init; }

    /// <summary>For a sweep's point: the sweep file, the point and its values.</summary>
    [JsonProperty(Order = 14, NullValueHandling = NullValueHandling.Ignore)] public SweepPointInfo? Sweep { get; init; }

    /// <summary>The resolved scenario, with command-line overrides.</summary>
    [JsonProperty(Order = 15)] public required JObject Scenario { get; init; }

    /// <param name="loaded">The scenario that ran.</param>
    /// <param name="seedOf">The seed of each replicate.</param>
    /// <param name="replicates">The replicates that ran.</param>
    /// <param name="threads">Threads used.</param>
    /// <param name="started">When the run started.</param>
    /// <param name="ended">When it ended.</param>
    public static RunManifest Build(LoadedScenario loaded, Func<int, ulong> seedOf, IReadOnlyList<int> replicates, int threads, DateTimeOffset started, DateTimeOffset ended)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(seedOf);
        var (version, commit) = ProgramVersion();
        return new RunManifest
        {
            Version = version,
            GitCommit = commit,
            ScenarioFile = Path.GetFullPath(loaded.SourcePath),
            ScenarioSha256 = loaded.SourceHash,
            Seed = loaded.Scenario.Seed,
            Replicates = replicates,
            ReplicateSeeds = replicates.Select(r => seedOf(r).ToString(CultureInfo.InvariantCulture)).ToArray(),
            Threads = threads,
            StartedUtc = started.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            EndedUtc = ended.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            WallSeconds = Math.Round((ended - started).TotalSeconds, 3),
            Machine = new MachineInfo(Environment.MachineName, RuntimeInformation.OSDescription, RuntimeInformation.ProcessArchitecture.ToString(),
                Environment.ProcessorCount, RuntimeInformation.FrameworkDescription),
            Scenario = (JObject)loaded.Resolved.DeepClone(),
        };
    }

    /// <summary>The informational version is "version+commit" when built from a git checkout.</summary>
    public static (string Version, string? Commit) ProgramVersion()
    {
        var informational = typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? (informational, null) : (informational[..plus], informational[(plus + 1)..]);
    }
}

/// <summary>The machine a run ran on.</summary>
public sealed record MachineInfo(string Name, string Os, string Architecture, int Processors, string Runtime);

/// <summary>Which point of which sweep a run is.</summary>
public sealed record SweepPointInfo(string File, int Point, JObject Values);
