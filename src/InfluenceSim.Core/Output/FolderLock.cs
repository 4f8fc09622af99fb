namespace InfluenceSim.Output;

/// <summary>
/// Claims an output folder for this process: a lock file beside it (.NAME.lock) held open with an exclusive lock,
/// which the operating system releases when the process ends however it ends, so a crash never leaves the folder
/// stuck. Taking the lock also proves the folder can be written, before any work is done, and removes the staging
/// folders that killed processes left beside it.
/// </summary>
public sealed class FolderLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private FolderLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <param name="folder">The output folder (it need not exist yet).</param>
    /// <param name="holder">Tells apart holders that may share the folder (the shards of a sweep); empty for one writer.</param>
    /// <exception cref="OutputFolderException">The folder is a file, cannot be written, or another process holds it.</exception>
    public static FolderLock Acquire(string folder, string holder = "")
    {
        ArgumentNullException.ThrowIfNull(folder);
        var target = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(target)) throw new OutputFolderException($"'{folder}' is a file; the results need a folder");
        var parent = Path.GetDirectoryName(target) ?? ".";
        var name = Path.GetFileName(target);
        var path = Path.Combine(parent, $".{name}{(holder.Length == 0 ? "" : "." + holder)}.lock");
        FileStream stream;
        try
        {
            Directory.CreateDirectory(parent);
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldByAnother(e))
        {
            throw new OutputFolderException($"another influencesim process is writing to '{folder}' now; wait for it to finish or choose another folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"cannot write to '{folder}': {e.Message}");
        }

        ResultsFolder.RemoveAbandonedStaging(parent, leftover => leftover == name);
        return new FolderLock(stream, path);
    }

    public void Dispose()
    {
        File.Delete(_path);
        _stream.Dispose();
    }

    /// <summary>EWOULDBLOCK from flock on Unix, a sharing violation on Windows.</summary>
    private static bool IsHeldByAnother(IOException e) => e.HResult is 11 or 35 or unchecked((int)0x80070020);
}

/// <summary>An output folder that cannot be used as asked: the message says why, for the user.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
