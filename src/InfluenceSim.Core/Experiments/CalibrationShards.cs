using System.Globalization;
using InfluenceSim.Output;

namespace InfluenceSim.Experiments;

/// <summary>
/// Shares each batch of a calibration's simulations between the processes of a job array on a shared folder: shard i
/// of n simulates the proposals i - 1, i - 1 + n, i - 1 + 2n, ..., writes their results whole to
/// shards/generation-GG-batch-BBBB-shard-i-of-n.csv, and waits for the other shards' files of the batch. Every shard
/// then holds every result and accepts the same particles, as one process would. A restarted shard reuses the files
/// already written, so the array resumes.
/// </summary>
public sealed class CalibrationShards(string folder, int index, int count, TimeSpan poll)
{
    public const string Folder = ResultsFolder.ShardsFolder;

    /// <summary>A batch evaluator for <see cref="AbcSmc.Next"/>.</summary>
    public AbcSmc.EvaluateBatch For(AbcSmc abc, AbcSmc.Simulate simulate, int threads, CancellationToken cancellation) => (generation, batch, proposals) =>
    {
        var directory = Path.Combine(folder, Folder);
        Directory.CreateDirectory(directory);
        string FileOf(int shard) => Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"generation-{generation:D2}-batch-{batch:D4}-shard-{shard}-of-{count}.csv"));
        if (!File.Exists(FileOf(index)))
        {
            var mine = abc.Evaluate(simulate, generation, batch, proposals, threads, cancellation, i => i % count == index - 1);
            Csv.WriteAtomically(FileOf(index), mine.Select((r, i) => (r, i)).Where(x => x.r is not null)
                .Select(x => Csv.Row(new[] { x.i.ToString(CultureInfo.InvariantCulture), Csv.Cell(x.r!.Value.Distance) }.Concat(x.r.Value.Simulated.Select(Csv.Cell)))));
        }

        var results = new (double Distance, double[] Simulated)?[proposals.Length];
        for (var shard = 1; shard <= count; shard++)
        {
            while (!File.Exists(FileOf(shard)))
            {
                cancellation.ThrowIfCancellationRequested();
                Thread.Sleep(poll);
            }

            foreach (var line in File.ReadLines(FileOf(shard)))
            {
                var cells = line.Split(',').Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
                results[(int)cells[0]] = (cells[1], cells[2..]);
            }
        }

        return results;
    };
}
