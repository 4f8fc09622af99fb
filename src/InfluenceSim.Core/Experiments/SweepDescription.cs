using InfluenceSim.Output;

namespace InfluenceSim.Experiments;

/// <summary>
/// sweep.json, kept in a sweep's results folder: what the sweep is and every point it has; for designs that sample
/// ranges, each parameter's [lowest, highest], and for a Morris design its levels.
/// </summary>
public sealed record SweepDescription(string Name, string Description, string SweepFile, string SweepSha256, string Design,
    IReadOnlyList<string> Parameters, IReadOnlyList<SweepPoint> Points, IReadOnlyList<double[]?>? Ranges = null, int Levels = 0)
{
    public const string FileName = "sweep.json";

    /// <summary>True when the folder holds a sweep's results (a sweep.json).</summary>
    public static bool IsSweepFolder(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Reads a folder's sweep.json; a <see cref="OutputFolderException"/> when there is none.</summary>
    public static SweepDescription Read(string folder)
    {
        if (!IsSweepFolder(folder)) throw new OutputFolderException($"'{folder}' is not a sweep's results folder ({FileName} is missing)");
        return ResultsJson.Read<SweepDescription>(Path.Combine(folder, FileName));
    }

    public void Write(string folder) => ResultsJson.Write(Path.Combine(folder, FileName), this);

    /// <summary>The points whose folder is finished.</summary>
    public IEnumerable<SweepPoint> FinishedIn(string folder) => Points.Where(p => Directory.Exists(Path.Combine(folder, p.FolderName)));
}
