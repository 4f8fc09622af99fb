namespace InfluenceSim.Output;

/// <summary>
/// Publishes a run's files as a whole: they are written into a hidden staging folder beside the target, which is
/// renamed into place only when complete. A crash or Ctrl+C leaves no half-written results folder; an existing
/// results folder is replaced only when the caller says so, and only when everything in it is InfluenceSim's.
/// </summary>
public static class ResultsFolder
{
    public const string FiguresFolder = "figures";
    public const string ReportFile = "report.html";

    /// <summary>A calibration's shared batches of simulations when it runs as a job array.</summary>
    public const string ShardsFolder = "shards";
    private const string StagingMark = ".partial-";
    private const string RetiredMark = ".replaced-";

    /// <summary>The names InfluenceSim writes into a results folder of a run, a sweep or a comparison.</summary>
    private static readonly HashSet<string> OwnFiles =
    [
        TimeseriesWriter.FileName, TimeseriesParquet.FileName, OutcomesWriter.FileName, RunResults.SummaryFile, RunResults.ManifestFile, ReportFile,
        "scenario.json", "sweep.json", "sweep.csv", "sweep-summary.csv", "sensitivity.csv",
        "calibration.json", "posterior.csv", "posterior-summary.csv", "posterior-correlations.csv", "compare.csv", "compare.svg", "compare.png",
        "prevention.csv", "prevention-frontier.svg", "prevention-frontier.png",
    ];

    /// <summary>True when the folder exists and holds anything.</summary>
    public static bool HoldsResults(string folder) => Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>
    /// Checks, before any work, that results may go into the folder: it is empty or new, or it holds results and the
    /// caller replaces them, and then nothing in it was written by anyone but InfluenceSim.
    /// </summary>
    /// <exception cref="OutputFolderException">It holds results and may not replace them, or holds files InfluenceSim did not write.</exception>
    public static void CheckReplaceable(string folder, bool replaceExisting)
    {
        if (!HoldsResults(folder)) return;
        if (!replaceExisting) throw new OutputFolderException($"'{folder}' already holds results");
        var foreign = ForeignEntries(folder);
        if (foreign.Count > 0)
        {
            var shown = string.Join(", ", foreign.Take(5).Select(f => Path.GetRelativePath(folder, f))) + (foreign.Count > 5 ? $" and {foreign.Count - 5} more" : "");
            throw new OutputFolderException($"'{folder}' holds files InfluenceSim did not write ({shown}); it replaces only its own results, so move those files or choose another folder");
        }
    }

    /// <summary>Everything in the folder that InfluenceSim does not write there (figures are SVG and PNG files in figures/; logs are replicate-NNNN.parquet in posts/ and cascades/; sweep points are results folders).</summary>
    public static IReadOnlyList<string> ForeignEntries(string folder)
    {
        var foreign = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var name = Path.GetFileName(entry);
            var own = Directory.Exists(entry)
                ? name == FiguresFolder ? Directory.EnumerateFileSystemEntries(entry).All(IsFigureFile)
                : name is PostLog.Folder or CascadeLog.Folder ? Directory.EnumerateFileSystemEntries(entry).All(IsLogFile)
                : name == ShardsFolder ? Directory.EnumerateFileSystemEntries(entry).All(e => IsGenerationFile(Path.GetFileName(e)) || IsLeftover(Path.GetFileName(e)))
                : IsPointFolder(name) && ForeignEntries(entry).Count == 0
                : OwnFiles.Contains(name) || IsGenerationFile(name) || IsLeftover(name);
            if (!own) foreign.Add(entry);
        }

        return foreign;
    }

    /// <summary>
    /// Removes what interrupted processes left beside the folders of the given names: their staging and replaced
    /// copies. Call it holding those folders' lock, so that nothing of a live process is removed.
    /// </summary>
    public static void RemoveAbandonedStaging(string parent, Func<string, bool> isTarget)
    {
        ArgumentNullException.ThrowIfNull(isTarget);
        if (!Directory.Exists(parent)) return;
        foreach (var leftover in Directory.EnumerateDirectories(parent, ".*"))
        {
            var name = Path.GetFileName(leftover);
            var mark = Math.Max(name.IndexOf(StagingMark, StringComparison.Ordinal), name.IndexOf(RetiredMark, StringComparison.Ordinal));
            if (mark > 1 && isTarget(name[1..mark])) Directory.Delete(leftover, recursive: true);
        }
    }

    /// <param name="folder">The results folder.</param>
    /// <param name="replaceExisting">Replace results already there (checked by <see cref="CheckReplaceable"/>).</param>
    /// <param name="writeInto">Writes the files into the staging folder it is given.</param>
    /// <param name="cancellation">Cancelled before the staging folder is renamed into place: nothing is published.</param>
    public static void Publish(string folder, bool replaceExisting, Action<string> writeInto, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(writeInto);
        var target = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        if (HoldsResults(target) && !replaceExisting)
        {
            throw new OutputFolderException($"'{folder}' already holds results");
        }

        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}{StagingMark}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            writeInto(staging);
            cancellation.ThrowIfCancellationRequested();
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        string? retired = null;
        if (Directory.Exists(target))
        {
            retired = Path.Combine(parent, $".{name}{RetiredMark}{Guid.NewGuid():N}");
            Directory.Move(target, retired);
        }

        Directory.Move(staging, target);
        if (retired is not null) Directory.Delete(retired, recursive: true);
    }

    private static bool IsFigureFile(string path) =>
        File.Exists(path) && (path.EndsWith(".svg", StringComparison.Ordinal) || path.EndsWith(".png", StringComparison.Ordinal) || IsLeftover(Path.GetFileName(path)));

    private static bool IsGenerationFile(string name) => name.StartsWith("generation-", StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.Ordinal);

    private static bool IsLogFile(string path) =>
        File.Exists(path) && ((Path.GetFileName(path).StartsWith("replicate-", StringComparison.Ordinal) && path.EndsWith(".parquet", StringComparison.Ordinal)) || IsLeftover(Path.GetFileName(path)));

    private static bool IsPointFolder(string name) => name.StartsWith("point-", StringComparison.Ordinal);

    /// <summary>Temporary files and staging folders of an interrupted write.</summary>
    private static bool IsLeftover(string name) =>
        name.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal) || name.Contains(StagingMark, StringComparison.Ordinal) || name.Contains(RetiredMark, StringComparison.Ordinal) || name.EndsWith(".lock", StringComparison.Ordinal);
}
