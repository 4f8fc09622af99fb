using InfluenceSim.Experiments;
using InfluenceSim.Output;

namespace InfluenceSim.Plots.Figures;

/// <summary>The figures of a results folder: a sweep's (<see cref="SweepFigures"/>) or a run's (<see cref="StandardFigures"/>).</summary>
public static class ResultFigures
{
    public static IReadOnlyList<Figure> For(string folder) => SweepDescription.IsSweepFolder(folder)
        ? SweepFigures.For(SweepResults.Load(folder))
        : StandardFigures.For(RunResults.Load(folder));
}
