using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;

namespace InfluenceSim.Plots.Report;

/// <summary>The report of a results folder, whatever wrote it.</summary>
public static class ResultReport
{
    public static void Write(string folder, string path)
    {
        var results = RunResults.Load(folder);
        HtmlReport.Write(path, results, StandardFigures.For(results));
    }
}
