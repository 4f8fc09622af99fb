using System.Globalization;
using InfluenceSim.Output;

namespace InfluenceSim.Experiments;

/// <summary>
/// Runs a calibration into a results folder, generation by generation: each finished generation is written whole
/// (generation-NN.csv), so Ctrl+C or a crash loses at most the generation under way, and running the same
/// calibration again resumes after the last finished one. When done, writes posterior.csv, posterior-summary.csv
/// and posterior-correlations.csv from the last generation. Shards of a job array (<see cref="CalibrationShards"/>)
/// share each batch of simulations; shard 1 writes the generations and the posterior.
/// </summary>
public static class CalibrationRunner
{
    private static readonly string[] ParticleColumns = ["particle", "weight", "distance"];
    private static readonly string[] SummaryHeader = ["parameter,prior,prior_low,prior_high,mean,sd,ci90_low,median,ci90_high"];
    private static readonly string[] ParameterColumn = ["parameter"];

    public const string DescriptionFile = "calibration.json";
    public const string PosteriorFile = "posterior.csv";
    public const string SummaryFile = "posterior-summary.csv";
    public const string CorrelationsFile = "posterior-correlations.csv";

    /// <summary>What calibration.json keeps: the calibration's name and hash, its parameters and its observations.</summary>
    public sealed record Description(string Name, string SourceSha256, IReadOnlyList<string> Parameters, IReadOnlyList<string> Priors,
        IReadOnlyList<double[]> Ranges, IReadOnlyList<ObservedData.Observation> Observations);

    public static string GenerationFile(int generation) => string.Create(CultureInfo.InvariantCulture, $"generation-{generation:D2}.csv");

    /// <param name="calibration">The calibration.</param>
    /// <param name="folder">The results folder.</param>
    /// <param name="threads">Simulations run at once.</param>
    /// <param name="force">Replace a folder that holds another calibration's results.</param>
    /// <param name="generationDone">Called after each generation with it.</param>
    /// <param name="cancellation">Stops between batches of simulations.</param>
    /// <param name="shardIndex">This process's shard, from 1.</param>
    /// <param name="shardCount">The shards of the job array (1: this process alone).</param>
    /// <returns>The last population, or null when the budget ran out before generation 0 finished.</returns>
    public static AbcSmc.Population? Run(LoadedCalibration calibration, string folder, int threads, bool force,
        Action<AbcSmc.Population>? generationDone = null, int shardIndex = 1, int shardCount = 1, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardIndex, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shardIndex, shardCount);
        using var folderLock = FolderLock.Acquire(folder, shardCount > 1 ? $"shard-{shardIndex}-of-{shardCount}" : "");
        var writes = shardIndex == 1;
        var population = writes ? Prepare(calibration, folder, force && shardCount == 1) : null;
        var spec = calibration.Spec;
        var abc = new AbcSmc(calibration.Bounds, spec.Particles, spec.Quantile, unchecked((ulong)calibration.Seed));
        var shards = shardCount > 1 ? new CalibrationShards(folder, shardIndex, shardCount, TimeSpan.FromMilliseconds(200)).For(abc, calibration.Simulate, threads, cancellation) : null;
        var used = writes ? ReadGenerations(calibration, folder).Take(population is null ? 0 : population.Generation + 1).Sum(p => (long)p.Simulations) : 0;
        for (var generation = population is null ? 0 : population.Generation + 1; generation <= spec.Generations; generation++)
        {
            var next = abc.Next(population, calibration.Simulate, spec.MaxSimulations - used, threads, shards, cancellation);
            if (next is null) break;
            if (writes) Csv.WriteAtomically(Path.Combine(folder, GenerationFile(next.Generation)), GenerationLines(calibration, next));
            used += next.Simulations;
            population = next;
            generationDone?.Invoke(next);
        }

        if (writes && population is not null) WritePosterior(calibration, folder, population);
        return population;
    }

    /// <summary>The finished generations in a folder, in order.</summary>
    public static IReadOnlyList<AbcSmc.Population> ReadGenerations(LoadedCalibration calibration, string folder)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        var populations = new List<AbcSmc.Population>();
        for (var g = 0; File.Exists(Path.Combine(folder, GenerationFile(g))); g++) populations.Add(ReadGeneration(calibration, Path.Combine(folder, GenerationFile(g)), g));
        return populations;
    }

    private static AbcSmc.Population? Prepare(LoadedCalibration calibration, string folder, bool force)
    {
        var descriptionPath = Path.Combine(folder, DescriptionFile);
        if (File.Exists(descriptionPath))
        {
            var existing = ResultsJson.Read<Description>(descriptionPath);
            if (existing.SourceSha256 == calibration.SourceHash && !force) return ReadGenerations(calibration, folder) is { Count: > 0 } generations ? generations[^1] : null;
            if (!force) throw new OutputFolderException($"'{folder}' holds the results of another calibration (or of an earlier version of this one); choose another folder, or replace them (--force)");
        }
        else if (Directory.Exists(folder) && ResultsFolder.ForeignEntries(folder).Count > 0 && !force)
        {
            throw new OutputFolderException($"'{folder}' already holds files that are not a calibration's; choose another folder, or replace them (--force)");
        }

        if (force && Directory.Exists(folder))
        {
            ResultsFolder.CheckReplaceable(folder, replaceExisting: true);
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var spec = calibration.Spec;
        ResultsJson.Write(descriptionPath, new Description(spec.Name, calibration.SourceHash, spec.Parameters.Select(p => p.Path).ToArray(),
            spec.Parameters.Select(p => p.Prior).ToArray(), spec.Parameters.Select(p => p.Range.ToArray()).ToArray(), calibration.Observed.Rows));
        return null;
    }

    /// <summary>
    /// generation-NN.csv: a comment line with the tolerance and simulations, then particle, weight, distance, the
    /// parameters' values, the simulated observations, and the positions on the prior's uniform scale (kept exactly, so
    /// that a resumed calibration continues from the same numbers).
    /// </summary>
    private static IEnumerable<string> GenerationLines(LoadedCalibration calibration, AbcSmc.Population population)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"# generation {population.Generation}, tolerance {Csv.Cell(population.Tolerance)}, simulations {population.Simulations}");
        yield return Csv.Row(ParticleColumns.Concat(calibration.Spec.Parameters.Select(p => Csv.Cell(p.Path)))
            .Concat(calibration.Observed.Rows.Select((_, i) => $"simulated_{i}"))
            .Concat(calibration.Spec.Parameters.Select((_, i) => $"position_{i}")));
        for (var i = 0; i < population.Particles.Count; i++)
        {
            var particle = population.Particles[i];
            yield return Csv.Row(new[] { i.ToString(CultureInfo.InvariantCulture), Csv.Cell(particle.Weight), Csv.Cell(particle.Distance) }
                .Concat(calibration.ValuesAt(particle.Position).Select(Csv.Cell)).Concat(particle.Simulated.Select(Csv.Cell))
                .Concat(particle.Position.Select(Csv.Cell)));
        }
    }

    private static AbcSmc.Population ReadGeneration(LoadedCalibration calibration, string path, int generation)
    {
        var lines = File.ReadAllLines(path);
        var parameters = calibration.Spec.Parameters;
        double Number(string text, int line) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new OutputFolderException($"{path}:{line}: '{text}' is not a number; the folder's calibration files were changed by hand: run again with --force");
        var expected = GenerationLines(calibration, new AbcSmc.Population(generation, 0, 0, [])).ElementAt(1);
        if (lines.Length < 2 || lines[1] != expected)
        {
            throw new OutputFolderException($"{path}:2: the columns are not this calibration's; it was written by another version of InfluenceSim or changed by hand: run again with --force to start over");
        }

        var header = lines[0].Split(", ");
        var tolerance = Number(header[1].Split(' ')[1], 1);
        var simulations = (int)Number(header[2].Split(' ')[1], 1);
        var particles = lines.Skip(2).Select((line, i) =>
        {
            var cells = line.Split(',');
            var observations = cells.Length - 3 - 2 * parameters.Count;
            return new AbcSmc.Particle(cells.TakeLast(parameters.Count).Select(c => Number(c, i + 3)).ToArray(), Number(cells[1], i + 3), Number(cells[2], i + 3),
                cells.Skip(3 + parameters.Count).Take(observations).Select(c => Number(c, i + 3)).ToArray());
        }).ToArray();
        return new AbcSmc.Population(generation, tolerance, simulations, particles);
    }

    private static void WritePosterior(LoadedCalibration calibration, string folder, AbcSmc.Population population)
    {
        var parameters = calibration.Spec.Parameters;
        var values = population.Particles.Select(p => calibration.ValuesAt(p.Position)).ToArray();
        var weights = population.Particles.Select(p => p.Weight).ToArray();
        Csv.WriteAtomically(Path.Combine(folder, PosteriorFile),
            new[] { Csv.Row(ParticleColumns.Concat(parameters.Select(p => Csv.Cell(p.Path)))) }
                .Concat(population.Particles.Select((p, i) => Csv.Row(new[] { i.ToString(CultureInfo.InvariantCulture), Csv.Cell(p.Weight), Csv.Cell(p.Distance) }
                    .Concat(values[i].Select(Csv.Cell))))));
        var summary = PosteriorSummary.Of(values, weights);
        Csv.WriteAtomically(Path.Combine(folder, SummaryFile),
            SummaryHeader
                .Concat(parameters.Select((p, i) => Csv.Row([Csv.Cell(p.Path), p.Prior, Csv.Cell(p.Range[0]), Csv.Cell(p.Range[1]),
                    Csv.Cell(summary.Means[i]), Csv.Cell(summary.StandardDeviations[i]), Csv.Cell(summary.Low90[i]), Csv.Cell(summary.Medians[i]), Csv.Cell(summary.High90[i])]))));
        Csv.WriteAtomically(Path.Combine(folder, CorrelationsFile),
            new[] { Csv.Row(ParameterColumn.Concat(parameters.Select(p => Csv.Cell(p.Path)))) }
                .Concat(parameters.Select((p, i) => Csv.Row(new[] { Csv.Cell(p.Path) }.Concat(parameters.Select((_, j) => Csv.Cell(summary.Correlations[i, j])))))));
    }
}
