using System.CommandLine;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Results;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim plot DIR: writes the standard figures of a results folder into DIR/figures.</summary>
internal static class PlotCommand
{
    public const string PngHint = "PNG copies need rsvg-convert (on Debian or Ubuntu: apt-get install librsvg2-bin); the SVG figures were written.";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "A results folder written by 'influencesim run'." };
        var command = new Command("plot", "Write the figures (SVG, and PNG when rsvg-convert is installed) of a results folder into DIR/figures.") { folder };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(folder)!;
            try
            {
                ReportFigures(directory, WriteFigures(directory), output);
                return ExitCodes.Success;
            }
            catch (InvalidDataException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>Reads the results and writes the figures; returns how many, and whether PNG copies were made.</summary>
    public static (int Count, bool Png) WriteFigures(string directory)
    {
        var figures = StandardFigures.For(RunResults.Load(directory));
        return (figures.Count, FigureWriter.Write(directory, figures));
    }

    /// <summary>Says where the figures are, and how to get PNG copies when there are none.</summary>
    public static void ReportFigures(string directory, (int Count, bool Png) written, TextWriter output)
    {
        output.WriteLine($"{written.Count} figures written to {Path.Combine(directory, FigureWriter.Folder)}{(written.Png ? " (SVG and PNG)." : ".")}");
        if (!written.Png) output.WriteLine(PngHint);
    }
}
