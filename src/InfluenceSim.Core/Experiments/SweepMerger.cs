using InfluenceSim.Output;

namespace InfluenceSim.Experiments;

/// <summary>
/// Joins the results folders of a sweep's shards into one: the point folders are copied (each atomically) and
/// sweep.csv and sweep-summary.csv are written over all of them. Shards of different sweeps, or two shards that
/// disagree on a point, are refused.
/// </summary>
public static class SweepMerger
{
    /// <summary>What the merge found: points now in the folder, the sweep's total, and the points still missing.</summary>
    public sealed record Outcome(int Finished, int Total, IReadOnlyList<int> Missing);

    public static Outcome Merge(string target, IReadOnlyList<string> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0) throw new OutputFolderException("name at least one shard folder to merge");
        var descriptions = shards.Select(SweepDescription.Read).ToList();
        var hash = descriptions[0].SweepSha256;
        for (var i = 1; i < shards.Count; i++)
        {
            if (descriptions[i].SweepSha256 != hash) throw new OutputFolderException($"'{shards[i]}' holds another sweep than '{shards[0]}'");
        }

        var targetIsSweep = SweepDescription.IsSweepFolder(target);
        if (targetIsSweep && SweepDescription.Read(target).SweepSha256 != hash)
        {
            throw new OutputFolderException($"'{target}' holds another sweep");
        }

        if (!targetIsSweep && ResultsFolder.HoldsResults(target))
        {
            throw new OutputFolderException($"'{target}' already holds files that are not a sweep's");
        }

        Directory.CreateDirectory(target);
        descriptions[0].Write(target);
        var points = descriptions[0].Points;
        foreach (var shard in shards.Where(s => Path.GetFullPath(s) != Path.GetFullPath(target)))
        {
            foreach (var point in points)
            {
                var source = Path.Combine(shard, point.FolderName);
                if (!Directory.Exists(source)) continue;
                var destination = Path.Combine(target, point.FolderName);
                if (Directory.Exists(destination))
                {
                    if (!SameOutcomes(source, destination)) throw new OutputFolderException($"'{source}' and '{destination}' disagree; one of them is not from this sweep");
                    continue;
                }

                ResultsFolder.Publish(destination, false, staging => CopyFiles(source, staging));
            }
        }

        SweepTables.Write(target, descriptions[0]);
        var missing = points.Where(p => !Directory.Exists(Path.Combine(target, p.FolderName))).Select(p => p.Index).ToList();
        return new Outcome(points.Count - missing.Count, points.Count, missing);
    }

    private static bool SameOutcomes(string a, string b) =>
        File.ReadAllBytes(Path.Combine(a, OutcomesWriter.FileName)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, OutcomesWriter.FileName)));

    private static void CopyFiles(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
