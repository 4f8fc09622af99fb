using System.Diagnostics;
using System.Xml.Linq;

namespace InfluenceSim.Plots.Figures;

/// <summary>
/// Writes figures as SVG files, and PNG copies when rsvg-convert (Debian package librsvg2-bin) is on the PATH.
/// Each file is written under a temporary name and renamed, so that no half-written figure is left behind.
/// </summary>
public static class FigureWriter
{
    public const string Folder = "figures";
    public const string PngTool = "rsvg-convert";

    /// <summary>Writes the figures into folder/figures (or into the folder itself); returns whether PNG copies were made.</summary>
    public static bool Write(string resultsFolder, IReadOnlyList<Figure> figures, bool subfolder = true)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var folder = subfolder ? Path.Combine(resultsFolder, Folder) : resultsFolder;
        Directory.CreateDirectory(folder);
        var png = FindOnPath(PngTool) is not null;
        foreach (var figure in figures)
        {
            var svgPath = Path.Combine(folder, figure.Name + ".svg");
            WriteAtomically(svgPath, path => new XDocument(new XDeclaration("1.0", "utf-8", null), figure.Svg).Save(path));
            if (png) WriteAtomically(Path.ChangeExtension(svgPath, ".png"), path => ConvertToPng(svgPath, path));
        }

        return png;
    }

    private static void WriteAtomically(string path, Action<string> write)
    {
        var temporary = path + ".tmp";
        write(temporary);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Renders at twice the SVG's size, for print and slides.</summary>
    private static void ConvertToPng(string svgPath, string pngPath)
    {
        var start = new ProcessStartInfo(PngTool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--zoom", "2", "--format", "png", "--output", pngPath, svgPath }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new IOException($"{PngTool} could not be started");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new IOException($"{PngTool} failed on {svgPath}: {error.Trim()}");
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
}
