using InfluenceSim.Output;

namespace InfluenceSim.Experiments;

/// <summary>A sweep's results folder read back: its description and, for every finished point, the point and its run summary.</summary>
public sealed class SweepResults
{
    private SweepResults(string folder, SweepDescription description, IReadOnlyList<(SweepPoint Point, RunSummary Summary)> points)
    {
        Folder = folder;
        Description = description;
        Points = points;
    }

    public string Folder { get; }

    public SweepDescription Description { get; }

    /// <summary>The finished points, in point order, each with its summary.</summary>
    public IReadOnlyList<(SweepPoint Point, RunSummary Summary)> Points { get; }

    /// <summary>Reads a sweep's folder; an <see cref="InvalidDataException"/> when it is not one or a point's summary cannot be read.</summary>
    public static SweepResults Load(string folder)
    {
        if (!SweepDescription.IsSweepFolder(folder)) throw new InvalidDataException($"'{folder}' is not a sweep's results folder ({SweepDescription.FileName} is missing)");
        var description = SweepDescription.Read(folder);
        var points = description.FinishedIn(folder)
            .Select(p => (p, ResultsJson.Read<RunSummary>(Path.Combine(folder, p.FolderName, RunResults.SummaryFile))))
            .ToArray();
        if (points.Length == 0) throw new InvalidDataException($"'{folder}' has no finished point yet: run the sweep first");
        return new SweepResults(folder, description, points);
    }
}
