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
        ArgumentNullException.ThrowIfNull(writer);
        writer.NewLine = "\n";
        writer.WriteLine(string.Join(',', new[] { "replicate", "seed" }.Concat(RunOutcomes.Names(model))));
        foreach (var recorder in replicates)
        {
            var cells = new[] { recorder.Replicate.ToString(CultureInfo.InvariantCulture), model.ReplicateSeed(recorder.Replicate).ToString(CultureInfo.InvariantCulture) }
                .Concat(RunOutcomes.Of(model, recorder).Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            writer.WriteLine(string.Join(',', cells));
        }
    }
}
