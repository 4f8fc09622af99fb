using System.Globalization;
using InfluenceSim.Metrics;

namespace InfluenceSim.Output;

/// <summary>outcomes.csv: one row per replicate with its seed and its outcomes (<see cref="RunOutcomes"/>).</summary>
public static class OutcomesWriter
{
    private static readonly string[] ReplicateSeed = ["replicate", "seed"];

    public const string FileName = "outcomes.csv";

    public static void Write(TextWriter writer, IReadOnlyList<SeriesRecording> recordings, Func<int, ulong> seedOf)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(recordings);
        ArgumentNullException.ThrowIfNull(seedOf);
        if (recordings.Count == 0) return;
        var outcomes = RunOutcomes.For(recordings[0].Layout);
        writer.WriteLine(Csv.Row(ReplicateSeed.Concat(outcomes.Select(o => Csv.Cell(o.Name)))));
        foreach (var recording in recordings)
        {
            var cells = new[] { recording.Replicate.ToString(CultureInfo.InvariantCulture), seedOf(recording.Replicate).ToString(CultureInfo.InvariantCulture) }
                .Concat(RunOutcomes.Of(outcomes, recording).Select(Csv.Cell));
            writer.WriteLine(Csv.Row(cells));
        }
    }
}
