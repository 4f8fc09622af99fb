using System.Globalization;
using InfluenceSim.Cascades;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Output;

/// <summary>
/// Writes the logs a run asked for (<see cref="LogKinds"/>) into a results folder, one Parquet file per replicate as
/// each replicate ends, on the replicate's own thread; a file appears whole or not at all.
/// </summary>
public sealed class RunLogs
{
    private readonly string _folder;
    private readonly bool _posts;
    private readonly bool _cascades;

    public RunLogs(string folder, IReadOnlyCollection<string> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        _folder = folder;
        _posts = kinds.Contains(LogKinds.Posts);
        _cascades = kinds.Contains(LogKinds.Cascades);
        if (_posts) Directory.CreateDirectory(Path.Combine(folder, PostLog.Folder));
        if (_cascades) Directory.CreateDirectory(Path.Combine(folder, CascadeLog.Folder));
    }

    public bool IsEmpty => !_posts && !_cascades;

    /// <summary>The folder, inside the results folder, that holds a kind of log.</summary>
    public static string FolderOf(string kind) => kind == LogKinds.Posts ? PostLog.Folder : CascadeLog.Folder;

    public static string FileName(int replicate) => string.Create(CultureInfo.InvariantCulture, $"replicate-{replicate:D4}.parquet");

    /// <summary>Writes a finished replicate's logs; for <see cref="ReplicateRunner.RunAll"/>'s <c>finished</c>.</summary>
    public void Write(int replicate, IReplicate replicateWorld, IReadOnlyList<Cascade> cascades)
    {
        if (IsEmpty) return;
        if (replicateWorld.PostHistory is not { } history) throw new ArgumentException("post and cascade logs need a model with posts (the platform model)", nameof(replicateWorld));
        if (_posts) AtomicFile.Write(Path.Combine(_folder, PostLog.Folder, FileName(replicate)), stream => PostLog.Write(stream, replicate, history));
        if (_cascades) AtomicFile.Write(Path.Combine(_folder, CascadeLog.Folder, FileName(replicate)), stream => CascadeLog.Write(stream, replicate, history, cascades));
    }
}
