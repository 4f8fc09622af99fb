using InfluenceSim.Output;

namespace InfluenceSim.Plots.Figures;

/// <summary>The figures of a results folder, whatever wrote it.</summary>
public static class ResultFigures
{
    public static IReadOnlyList<Figure> For(string folder) => StandardFigures.For(RunResults.Load(folder));
}
