using System.Globalization;
using InfluenceSim.Experiments;
using InfluenceSim.Simulation;

namespace InfluenceSim.Output;

/// <summary>outcomes.csv: one row per replicate with its seed and key outcomes (<see cref="RunOutcomes"/>).</summary>
public static class OutcomesWriter
{
    public const string FileName = "outcomes.csv";

    public static void Write(TextWriter writer, SimulationModel model, IReadOnlyList<MetricsRecorder> replicates)
    {
        ArgumentNullException.ThrowIfNull(model);
        Write(writer, RunOutcomes.Names(model), replicates.Select(r => (r.Replicate, model.ReplicateSeed(r.Replicate), RunOutcomes.Of(model, r))).ToList());
    }

    public static void Write(TextWriter writer, IReadOnlyList<string> names, IReadOnlyList<(int Replicate, ulong Seed, double[] Values)> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.NewLine = "\n";
        writer.WriteLine(string.Join(',', new[] { "replicate", "seed" }.Concat(names)));
        foreach (var (replicate, seed, values) in rows)
        {
            var cells = new[] { replicate.ToString(CultureInfo.InvariantCulture), seed.ToString(CultureInfo.InvariantCulture) }
                .Concat(values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            writer.WriteLine(string.Join(',', cells));
        }
    }
}
