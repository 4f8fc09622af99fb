namespace InfluenceSim.Output;

/// <summary>
/// Publishes a run's files as a whole: they are written into a hidden staging folder beside the target, which is
/// renamed into place only when complete. A crash or Ctrl+C leaves no half-written results folder, and an
/// existing results folder is replaced only when the caller says so.
/// </summary>
public static class ResultsFolder
{
    /// <summary>True when the folder exists and holds anything.</summary>
    public static bool HoldsResults(string folder) => Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Removes the staging folders that an interrupted process left in a folder (never a finished result).</summary>
    public static void RemoveAbandonedStaging(string parent)
    {
        if (!Directory.Exists(parent)) return;
        foreach (var staging in Directory.EnumerateDirectories(parent, ".*.partial-*")) Directory.Delete(staging, recursive: true);
    }

    public static void Publish(string folder, bool replaceExisting, Action<string> writeInto)
    {
        ArgumentNullException.ThrowIfNull(writeInto);
        var target = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        if (HoldsResults(target) && !replaceExisting)
        {
            throw new IOException($"'{folder}' already holds results");
        }

        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            writeInto(staging);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        string? retired = null;
        if (Directory.Exists(target))
        {
            retired = Path.Combine(parent, $".{name}.replaced-{Guid.NewGuid():N}");
            Directory.Move(target, retired);
        }

        Directory.Move(staging, target);
        if (retired is not null) Directory.Delete(retired, recursive: true);
    }
}
