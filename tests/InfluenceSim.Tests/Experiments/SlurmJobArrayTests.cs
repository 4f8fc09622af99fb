using System.Diagnostics;
using InfluenceSim.Experiments;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Experiments;

/// <summary>
/// The shipped Slurm job scripts on a real one-node Slurm cluster (Debian's slurm-wlm and munge, started by
/// scripts/slurm/one-node-cluster.sh): a sweep submitted as a job array and merged by a dependent job, and a
/// calibration as a job array, each byte for byte what the same run gives in one local process.
/// </summary>
[NonParallelizable]
public class SlurmJobArrayTests
{
    private string _work = "";
    private string _cluster = "";
    private string _slurmConf = "";

    private static string Script(string name) => Path.Combine(TestScenarios.RepositoryRoot, "scripts", "slurm", name);

    [OneTimeSetUp]
    public void StartTheCluster()
    {
        if (Environment.UserName != "root") Assert.Ignore("starting a Slurm cluster needs root");
        foreach (var program in new[] { "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged", "/usr/bin/sbatch" })
        {
            if (!File.Exists(program)) Assert.Ignore($"{program} is missing: apt-get install slurm-wlm munge (.ci/run installs them)");
        }

        _work = Directory.CreateTempSubdirectory("influencesim-slurm-").FullName;
        _cluster = Path.Combine(_work, "cluster");
        var started = Run(Script("one-node-cluster.sh"), "start", _cluster);
        _slurmConf = started.Split('\n').Single(line => line.StartsWith("SLURM_CONF=", StringComparison.Ordinal))["SLURM_CONF=".Length..];
    }

    [OneTimeTearDown]
    public void StopTheCluster()
    {
        if (_cluster.Length == 0) return;
        Run(Script("one-node-cluster.sh"), "stop", _cluster);
        Directory.Delete(_work, recursive: true);
    }

    [Test]
    public void ASweepJobArrayMergedIsTheLocalSweep()
    {
        var sweep = Path.Combine(_work, "posts.sweep.json");
        WriteBaseScenario();
        File.WriteAllText(sweep, """
            {
              "name": "posts",
              "scenario": "base.json",
              "design": { "type": "factorial" },
              "parameters": [ { "path": "actors.state-media.postsPerDay", "values": [2, 6, 12, 24, 48] } ],
              "replicates": 2
            }
            """);
        var local = CliTestRun.Of("sweep", sweep, "--out", Path.Combine(_work, "local"), "--threads", "2");
        Assert.That(local.ExitCode, Is.Zero, local.Error);

        var array = Path.Combine(_work, "array");
        var sweepJob = Submit("--array=1-3", Script("sweep-array.sbatch"), sweep, array);
        var mergeJob = Submit($"--dependency=afterok:{sweepJob}", Script("merge.sbatch"), array);
        WaitFor(sweepJob, mergeJob);

        Assert.That(Directory.GetDirectories(array, "shard-*"), Has.Length.EqualTo(3), "three tasks, three shards");
        foreach (var table in new[] { "sweep.csv", "sweep-summary.csv" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(array, "all", table)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_work, "local", table))), table);
        }
    }

    [Test]
    public void ACalibrationJobArrayReachesTheLocalPosterior()
    {
        var calibration = Path.Combine(_work, "qs.calibration.json");
        WriteBaseScenario();
        File.WriteAllText(Path.Combine(_work, "observed.csv"), "step,metric,narrative,value\n12,believers,workers-paradise,700\n24,believers,workers-paradise,900\n");
        File.WriteAllText(calibration, """
            {
              "name": "qs",
              "scenario": "base.json",
              "observed": "observed.csv",
              "parameters": [ { "path": "actors.state-media.postsPerDay", "prior": "log-uniform", "range": [1, 48] } ],
              "particles": 30,
              "generations": 2,
              "seed": 3
            }
            """);
        var local = CliTestRun.Of("calibrate", calibration, "--out", Path.Combine(_work, "calibration-local"), "--threads", "2");
        Assert.That(local.ExitCode, Is.Zero, local.Error);

        // Calibration shards wait for one another, so the array asks for no more tasks than the node runs at once.
        var job = Submit("--array=1-2", Script("calibrate-array.sbatch"), calibration, Path.Combine(_work, "calibration-array"));
        WaitFor(job);

        Assert.That(File.ReadAllBytes(Path.Combine(_work, "calibration-array", CalibrationRunner.PosteriorFile)),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(_work, "calibration-local", CalibrationRunner.PosteriorFile))));
    }

    private void WriteBaseScenario() =>
        File.WriteAllText(Path.Combine(_work, "base.json"), $$"""{ "extends": "{{TestScenarios.ShippedScenario("quickstart.json")}}", "set": { "steps": 24 } }""");

    /// <summary>Submits a job running the test build of the program; returns its id.</summary>
    private string Submit(params string[] args) => Run("sbatch", ["--parsable", $"--chdir={_work}", .. args]).Trim().Split(';')[0];

    /// <summary>Waits until the jobs have left the queue, then shows what their tasks printed if the test goes on to fail.</summary>
    private void WaitFor(params string[] jobs)
    {
        var clock = Stopwatch.StartNew();
        while (Run("squeue", "-h", "-j", string.Join(',', jobs)).Trim().Length > 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(10)) Assert.Fail($"jobs {string.Join(',', jobs)} still queued after 10 minutes");
            Thread.Sleep(1000);
        }

        foreach (var log in Directory.GetFiles(_work, "slurm-*.out")) TestContext.Out.WriteLine($"{Path.GetFileName(log)}:\n{File.ReadAllText(log)}");
    }

    private string Run(string program, params string[] args)
    {
        var environment = new Dictionary<string, string>
        {
            ["INFLUENCESIM"] = $"dotnet {Path.Combine(TestContext.CurrentContext.TestDirectory, "influencesim.dll")}",
        };
        if (_slurmConf.Length > 0) environment["SLURM_CONF"] = _slurmConf;
        return ExternalProgram.Run(program, args, _work.Length > 0 ? _work : Path.GetTempPath(), TimeSpan.FromMinutes(2), environment);
    }
}
