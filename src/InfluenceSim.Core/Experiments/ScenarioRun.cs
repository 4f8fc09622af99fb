using InfluenceSim.Classic;
using InfluenceSim.Output;
using InfluenceSim.Scenarios;
using InfluenceSim.Simulation;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Experiments;

/// <summary>
/// A loaded scenario ready to run, whichever its model: the platform model or a classic one. Runs replicates (in
/// parallel, each on its own seed, so results do not depend on the number of threads), summarises them and writes
/// the files of a run. The command line and sweeps run scenarios through this.
/// </summary>
public abstract class ScenarioRun
{
    public static ScenarioRun For(LoadedScenario loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return ScenarioModels.IsClassic(loaded.Scenario.Model) ? new ClassicRun(new ClassicSimulation(loaded)) : new PlatformRun(new SimulationModel(loaded));
    }

    public abstract LoadedScenario Loaded { get; }

    public int Replicates => Loaded.Scenario.Replicates;

    /// <summary>What runs, in a few words, for the command line.</summary>
    public abstract string Description { get; }

    public abstract ulong ReplicateSeed(int replicate);

    public abstract ISeriesRecording RunReplicate(int replicate, CancellationToken cancellation);

    public abstract JObject Summary(IReadOnlyList<ISeriesRecording> recordings);

    /// <summary>Writes timeseries.csv, outcomes.csv, summary.json and manifest.json into the folder.</summary>
    public abstract void Write(string folder, IReadOnlyList<ISeriesRecording> recordings, JObject summary, JObject manifest);

    /// <summary>The main results of a summary, a line each, for the command line.</summary>
    public abstract IEnumerable<string> Headline(JObject summary);

    public ISeriesRecording[] RunAll(int threads, IReadOnlyList<int> replicates, Action? replicateDone, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        var recordings = new ISeriesRecording[replicates.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellation };
        Parallel.For(0, replicates.Count, options, i =>
        {
            recordings[i] = RunReplicate(replicates[i], cancellation);
            replicateDone?.Invoke();
        });
        return recordings;
    }

    public JObject Manifest(IReadOnlyList<int> replicates, int threads, DateTimeOffset started, DateTimeOffset ended) =>
        RunManifest.Build(Loaded, ReplicateSeed, replicates, threads, started, ended);

    private sealed class PlatformRun(SimulationModel model) : ScenarioRun
    {
        public override LoadedScenario Loaded => model.Loaded;

        public override string Description => $"{model.AgentCount:N0} agents, {model.Steps} steps of {model.StepHours} h";

        public override ulong ReplicateSeed(int replicate) => model.ReplicateSeed(replicate);

        public override ISeriesRecording RunReplicate(int replicate, CancellationToken cancellation)
        {
            var recorder = new MetricsRecorder(model, replicate);
            ExperimentRunner.RunReplicate(model, replicate, recorder, cancellation);
            return recorder;
        }

        public override JObject Summary(IReadOnlyList<ISeriesRecording> recordings) => SummaryBuilder.Build(model, Recorders(recordings));

        public override void Write(string folder, IReadOnlyList<ISeriesRecording> recordings, JObject summary, JObject manifest) =>
            RunWriter.Write(folder, model, Recorders(recordings), summary, manifest);

        public override IEnumerable<string> Headline(JObject summary)
        {
            yield return "Final believers per narrative (mean over replicates, 95% interval of the mean):";
            foreach (var (id, narrative) in (JObject)summary["narratives"]!)
            {
                yield return HeadlineLine(id, narrative!["finalBelievers"]!);
            }
        }

        private static MetricsRecorder[] Recorders(IReadOnlyList<ISeriesRecording> recordings) => recordings.Cast<MetricsRecorder>().ToArray();
    }

    private sealed class ClassicRun(ClassicSimulation simulation) : ScenarioRun
    {
        public override LoadedScenario Loaded => simulation.Loaded;

        public override string Description => $"{simulation.Scenario.Model} on {simulation.Nodes:N0} nodes, {simulation.Scenario.Steps} steps";

        public override ulong ReplicateSeed(int replicate) => simulation.ReplicateSeed(replicate);

        public override ISeriesRecording RunReplicate(int replicate, CancellationToken cancellation) => simulation.RunReplicate(replicate, cancellation);

        public override JObject Summary(IReadOnlyList<ISeriesRecording> recordings) => ClassicResults.Summary(simulation, Recorders(recordings));

        public override void Write(string folder, IReadOnlyList<ISeriesRecording> recordings, JObject summary, JObject manifest)
        {
            var recorders = Recorders(recordings);
            RunWriter.Write(folder,
                w => TimeseriesWriter.Write(w, [], simulation.SegmentIds, [], recorders),
                w => OutcomesWriter.Write(w, ClassicResults.OutcomeNames(simulation),
                    recorders.Select(r => (r.Replicate, simulation.ReplicateSeed(r.Replicate), ClassicResults.Outcomes(simulation, r))).ToList()),
                summary, manifest);
        }

        public override IEnumerable<string> Headline(JObject summary)
        {
            yield return "Final values (mean over replicates, 95% interval of the mean):";
            foreach (var (metric, statistics) in (JObject)summary["metrics"]!)
            {
                yield return HeadlineLine(metric, statistics!["final"]!);
            }
        }

        private static ClassicRecorder[] Recorders(IReadOnlyList<ISeriesRecording> recordings) => recordings.Cast<ClassicRecorder>().ToArray();
    }

    private static string HeadlineLine(string name, JToken statistics)
    {
        var mean = statistics.Value<double>("mean");
        var interval = statistics["ci95"] is JArray ci
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" [{ci[0].Value<double>():0.###}, {ci[1].Value<double>():0.###}]")
            : "";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {name,-28} {mean,12:0.###}{interval}");
    }
}
