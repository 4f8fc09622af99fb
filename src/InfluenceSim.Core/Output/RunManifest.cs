using System.Reflection;
using System.Runtime.InteropServices;
using InfluenceSim.Scenarios;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Output;

/// <summary>Provenance of a run, written as manifest.json: what ran, on what, from which input, with which seeds.</summary>
public static class RunManifest
{
    /// <param name="loaded">The scenario that ran.</param>
    /// <param name="seedOf">The seed of each replicate.</param>
    /// <param name="replicates">The replicates that ran.</param>
    /// <param name="threads">Replicates run at once.</param>
    /// <param name="started">When the run started.</param>
    /// <param name="ended">When it ended.</param>
    public static JObject Build(LoadedScenario loaded, Func<int, ulong> seedOf, IReadOnlyList<int> replicates, int threads, DateTimeOffset started, DateTimeOffset ended)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(seedOf);
        var (version, commit) = ProgramVersion();
        return new JObject
        {
            ["program"] = "influencesim",
            ["version"] = version,
            ["gitCommit"] = commit,
            ["scenarioFile"] = Path.GetFullPath(loaded.SourcePath),
            ["scenarioSha256"] = loaded.SourceHash,
            ["seed"] = loaded.Scenario.Seed,
            ["replicates"] = new JArray(replicates),
            ["replicateSeeds"] = new JArray(replicates.Select(r => seedOf(r).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ["threads"] = threads,
            ["startedUtc"] = started.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["endedUtc"] = ended.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["wallSeconds"] = Math.Round((ended - started).TotalSeconds, 3),
            ["machine"] = new JObject
            {
                ["name"] = Environment.MachineName,
                ["os"] = RuntimeInformation.OSDescription,
                ["architecture"] = RuntimeInformation.ProcessArchitecture.ToString(),
                ["processors"] = Environment.ProcessorCount,
                ["runtime"] = RuntimeInformation.FrameworkDescription,
            },
            ["scenario"] = loaded.Resolved.DeepClone(),
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
