using InfluenceSim.Scenarios;

namespace InfluenceSim.Experiments;

/// <summary>A checked sweep: its spec, its points, and every point's scenario, loaded and valid.</summary>
public sealed class LoadedSweep
{
    internal LoadedSweep(SweepSpec spec, string sourcePath, string sourceHash, IReadOnlyList<SweepPoint> points, IReadOnlyList<LoadedScenario> scenarios)
    {
        Spec = spec;
        SourcePath = sourcePath;
        SourceHash = sourceHash;
        Points = points;
        Scenarios = scenarios;
    }

    public SweepSpec Spec { get; }

    public string SourcePath { get; }

    /// <summary>SHA-256 of the sweep file and the scenario files it builds on: what a results folder must match to be resumed.</summary>
    public string SourceHash { get; }

    public IReadOnlyList<SweepPoint> Points { get; }

    /// <summary>The scenario of each point, in point order.</summary>
    public IReadOnlyList<LoadedScenario> Scenarios { get; }

    public IReadOnlyList<string> ParameterPaths => Spec.Parameters.Select(p => p.Path).ToList();

    /// <summary>The description of the sweep kept in its results folder (sweep.json): what it is and every point.</summary>
    public SweepDescription Describe() =>
        new(Spec.Name, Spec.Description, Path.GetFullPath(SourcePath), SourceHash, Spec.Design.Type, ParameterPaths, Points,
            Spec.Parameters.Select(p => p.Range?.ToArray()).ToArray(), Spec.Design.Type == SweepDesigns.Morris ? Spec.Design.Levels : 0);
}
