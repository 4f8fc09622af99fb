using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;

namespace InfluenceSim.Plots.Rendering;

/// <summary>Writes figures as SVG and PNG files (each atomically) into a results folder's figures/ (or the folder itself).</summary>
public static class FigureFiles
{
    public const string Folder = ResultsFolder.FiguresFolder;

    /// <summary>Writes every figure that has something to show; returns how many were written.</summary>
    /// <param name="resultsFolder">The results folder.</param>
    /// <param name="figures">The figures.</param>
    /// <param name="subfolder">Into figures/ (or the folder itself).</param>
    /// <param name="cancellation">Checked between figures: drawing them is the slow part of writing results.</param>
    public static int Write(string resultsFolder, IReadOnlyList<Figure> figures, bool subfolder = true, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var folder = subfolder ? Path.Combine(resultsFolder, Folder) : resultsFolder;
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var figure in figures.Where(f => !f.IsEmpty))
        {
            cancellation.ThrowIfCancellationRequested();
            var svg = FigureRenderer.Svg(figure);
            var png = FigureRenderer.Png(figure);
            AtomicFile.Write(Path.Combine(folder, figure.Name + ".svg"), stream => stream.Write(svg));
            AtomicFile.Write(Path.Combine(folder, figure.Name + ".png"), stream => stream.Write(png));
            written++;
        }

        return written;
    }
}
