using System.Text;

namespace InfluenceSim.Output;

/// <summary>Writes a file under a temporary name beside it and renames it into place, so no half-written file is ever seen.</summary>
public static class AtomicFile
{
    public const string TemporarySuffix = ".tmp";

    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        // The process id keeps two processes writing the same file (shards of a sweep in one folder) apart.
        var temporary = $"{path}.{Environment.ProcessId}{TemporarySuffix}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes text in UTF-8 without a byte order mark, with "\n" line ends.</summary>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            write(writer);
        });
    }
}
