using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;

namespace InfluenceSim.Plots.Report;

/// <summary>The report of a results folder: a sweep's (<see cref="SweepReport"/>) or a run's (<see cref="HtmlReport"/>).</summary>
public static class ResultReport
{
    public static void Write(string folder, string path)
    {
        if (SweepDescription.IsSweepFolder(folder))
        {
            var sweep = SweepResults.Load(folder);
            SweepReport.Write(path, sweep, SweepFigures.For(sweep));
            return;
        }

        var results = RunResults.Load(folder);
        HtmlReport.Write(path, results, StandardFigures.For(results));
    }
}
