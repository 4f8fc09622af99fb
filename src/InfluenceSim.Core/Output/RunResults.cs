using InfluenceSim.Metrics;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Output;

/// <summary>
/// The results of a run: its typed summary and manifest and every replicate's recording. Made in memory by a run,
/// or read back from a results folder; the files, figures and report are written from this.
/// </summary>
public sealed class RunResults
{
    public const string SummaryFile = "summary.json";
    public const string ManifestFile = "manifest.json";

    public RunResults(RunSummary summary, RunManifest manifest, IReadOnlyList<SeriesRecording> recordings)
    {
        Summary = summary ?? throw new ArgumentNullException(nameof(summary));
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
        Recordings = recordings ?? throw new ArgumentNullException(nameof(recordings));
        if (recordings.Count == 0) throw new ArgumentException("no replicates", nameof(recordings));
        Layout = recordings[0].Layout;
    }

    public RunSummary Summary { get; }

    public RunManifest Manifest { get; }

    public IReadOnlyList<SeriesRecording> Recordings { get; }

    public RunLayout Layout { get; }

    /// <summary>Summarises the replicates of a run that has just finished.</summary>
    public static RunResults Of(LoadedScenario loaded, ISimulation simulation, IReadOnlyList<SeriesRecording> recordings, int threads,
        DateTimeOffset started, DateTimeOffset ended)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(recordings);
        var summary = SummaryBuilder.Build(loaded.Scenario.Name, loaded.Scenario.Description, simulation.StepHours, recordings);
        var manifest = RunManifest.Build(loaded, simulation.ReplicateSeed, recordings.Select(r => r.Replicate).ToArray(), threads, started, ended);
        return new RunResults(summary, manifest, recordings);
    }

    /// <summary>Reads a results folder; throws <see cref="InvalidDataException"/> naming the file and line when it is not one.</summary>
    public static RunResults Load(string folder)
    {
        var summary = ResultsJson.Read<RunSummary>(Path.Combine(folder, SummaryFile));
        var manifest = ResultsJson.Read<RunManifest>(Path.Combine(folder, ManifestFile));
        var parquet = Path.Combine(folder, TimeseriesParquet.FileName);
        var recordings = File.Exists(parquet)
            ? TimeseriesParquet.Read(parquet, summary.ToLayout(), summary.Replicates, summary.Steps)
            : TimeseriesReader.Read(Path.Combine(folder, TimeseriesWriter.FileName), summary.ToLayout(), summary.Replicates, summary.Steps);
        return new RunResults(summary, manifest, recordings);
    }

    /// <summary>Writes timeseries.csv (or timeseries.parquet), outcomes.csv, summary.json and manifest.json into a folder.</summary>
    public void Write(string folder, TimeseriesFormat format = TimeseriesFormat.Csv)
    {
        var seeds = Manifest.Replicates.Zip(Manifest.ReplicateSeeds, (r, s) => (r, ulong.Parse(s, System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.r, p => p.Item2);
        if (format == TimeseriesFormat.Parquet) AtomicFile.Write(Path.Combine(folder, TimeseriesParquet.FileName), stream => TimeseriesParquet.Write(stream, Recordings));
        else AtomicFile.WriteText(Path.Combine(folder, TimeseriesWriter.FileName), writer => TimeseriesWriter.Write(writer, Recordings));
        AtomicFile.WriteText(Path.Combine(folder, OutcomesWriter.FileName), writer => OutcomesWriter.Write(writer, Recordings, r => seeds[r]));
        ResultsJson.Write(Path.Combine(folder, SummaryFile), Summary);
        ResultsJson.Write(Path.Combine(folder, ManifestFile), Manifest);
    }

    /// <summary>A series' per-step values, [replicate][step].</summary>
    public double[][] Series(SeriesKey key) => Recordings.Select(r => r.Values(key)).ToArray();
}

/// <summary>How the time series are written: timeseries.csv, or the same rows as timeseries.parquet.</summary>
public enum TimeseriesFormat
{
    Csv,
    Parquet,
}
