using System.CommandLine;
using InfluenceSim.Cli.Common;
using InfluenceSim.Output;
using InfluenceSim.Plots.Figures;
using InfluenceSim.Plots.Rendering;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim plot DIR: writes the figures of a results folder (of a run or a sweep) into DIR/figures.</summary>
internal static class PlotCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "A results folder written by 'influencesim run' or 'influencesim sweep'." };
        var command = new Command("plot", "Write the figures (SVG and PNG) of a run's or a sweep's results folder into DIR/figures.") { folder };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(folder)!;
            try
            {
                var written = FigureFiles.Write(directory, ResultFigures.For(directory));
                output.WriteLine($"{Numbers.Count(written, "figure")} written to {Path.Combine(directory, FigureFiles.Folder)} (SVG and PNG).");
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
}
