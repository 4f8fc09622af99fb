using System.Diagnostics;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

/// <summary>
/// Output folders as a user meets them with real processes: killed while writing, two writers at once, --force on a
/// folder with someone's files, Ctrl+C while writing, and a full disk.
/// </summary>
[Parallelizable(ParallelScope.None)]
public class OutputFolderSafetyTests
{
    private string _work = "";

    [SetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("influencesim-folders").FullName;

    [TearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    private string Out => Path.Combine(_work, "out");

    private static string Quickstart => TestScenarios.ShippedScenario("quickstart.json");

    private string[] Leftovers() => Directory.GetFileSystemEntries(_work, ".out*");

    [Test]
    public void AProcessKilledWhileWritingLeavesNoResultsAndTheNextRunCleansUp()
    {
        using var process = StartRun(Quickstart, Out);
        var staging = WaitFor(process, () => Directory.GetDirectories(_work, ".out.partial-*").Length > 0);
        Assume.That(staging, Is.True, "the run finished writing before it could be killed");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.That(Directory.Exists(Out), Is.False, "a killed write publishes nothing");
        Assert.That(Directory.GetDirectories(_work, ".out.partial-*"), Is.Not.Empty, "kill -9 leaves the staging folder");

        var again = CliTestRun.Of("run", Quickstart, "--out", Out, "--no-plots");
        Assert.That(again.ExitCode, Is.Zero, again.Error);
        Assert.That(Leftovers(), Is.Empty, "the next run into the folder removes what the killed one left");
        Assert.That(File.Exists(Path.Combine(Out, RunResults.ManifestFile)), Is.True);
    }

    [Test]
    public void CtrlCWhileWritingPublishesNothing()
    {
        using var process = StartRun(Quickstart, Out);
        var staging = WaitFor(process, () => Directory.GetDirectories(_work, ".out.partial-*").Length > 0);
        Assume.That(staging, Is.True, "the run finished writing before it could be interrupted");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        process.WaitForExit();
        var complete = File.Exists(Path.Combine(Out, RunResults.ManifestFile));
        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(complete ? 0 : 1), "either the whole result (the rename was done) or an interruption");
            Assert.That(Directory.Exists(Out), Is.EqualTo(complete), "nothing half-written");
            Assert.That(Leftovers(), Is.Empty, "no staging folder or lock is left");
        });
    }

    [Test]
    public void ASecondProcessWritingToTheSameFolderRefusesAtOnce()
    {
        using var first = StartRun(TestScenarios.ShippedScenario("nk-soft-power.json"), Out, "--replicates", "4", "--threads", "1", "--no-plots");
        Assume.That(PrintsALineStartingWith(first, "Running"), Is.True, "the first run ended before it started running");
        var second = CliTestRun.Of("run", Quickstart, "--out", Out, "--force");
        Assert.That(second.ExitCode, Is.EqualTo(2));
        Assert.That(second.Error, Does.Contain("another influencesim process is writing"));
        Assert.That(second.Output, Does.Not.Contain("Running"), "refused before any work");
        first.WaitForExit();
        Assert.That(first.ExitCode, Is.Zero, first.StandardError.ReadToEnd());
        Assert.That(File.ReadAllText(Path.Combine(Out, RunResults.ManifestFile)), Does.Contain("nk-soft-power"), "the first run's results stand");
        Assert.That(Leftovers(), Is.Empty);
    }

    [Test]
    public void ALockLeftByADeadProcessDoesNotBlock()
    {
        File.WriteAllText(Path.Combine(_work, ".out.lock"), "");
        var run = CliTestRun.Of("run", Quickstart, "--out", Out, "--no-plots");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Leftovers(), Is.Empty);
    }

    [Test]
    public void ForceReplacesOnlyFoldersThatHoldNothingButInfluenceSimsFiles()
    {
        Assert.That(CliTestRun.Of("run", Quickstart, "--out", Out).ExitCode, Is.Zero);
        Assert.That(CliTestRun.Of("report", Out).ExitCode, Is.Zero);
        var replaced = CliTestRun.Of("run", Quickstart, "--out", Out, "--force", "--seed", "5", "--no-plots");
        Assert.That(replaced.ExitCode, Is.Zero, "results, figures and the report are InfluenceSim's: " + replaced.Error);

        var thesis = Path.Combine(Out, "thesis", "chapter-1.tex");
        Directory.CreateDirectory(Path.GetDirectoryName(thesis)!);
        File.WriteAllText(thesis, "years of work");
        var refused = CliTestRun.Of("run", Quickstart, "--out", Out, "--force");
        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(2));
            Assert.That(refused.Error, Does.Contain("holds files InfluenceSim did not write (thesis)"));
            Assert.That(refused.Output, Does.Not.Contain("Running"), "refused before any work");
            Assert.That(File.ReadAllText(thesis), Is.EqualTo("years of work"));
            Assert.That(File.ReadAllText(Path.Combine(Out, RunResults.ManifestFile)), Does.Contain("\"seed\": 5"), "the results stay too");
        });
    }

    [Test]
    public void ForceOnASweepFolderWithForeignFilesIsRefused()
    {
        var sweep = Path.Combine(_work, "s.sweep.json");
        File.WriteAllText(sweep, $$"""
            { "name": "s", "scenario": "{{Quickstart}}", "replicates": 2,
              "parameters": [ { "path": "steps", "values": [4, 5] } ] }
            """);
        Assert.That(CliTestRun.Of("sweep", sweep, "--out", Out).ExitCode, Is.Zero);
        File.WriteAllText(Path.Combine(Out, "notes.txt"), "mine");
        var refused = CliTestRun.Of("sweep", sweep, "--out", Out, "--force");
        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Error, Does.Contain("notes.txt"));
        Assert.That(File.Exists(Path.Combine(Out, "notes.txt")), Is.True);
    }

    [Test]
    public void AFullDiskIsASentenceAndLeavesNothingHalfWritten()
    {
        var disk = Path.Combine(_work, "disk");
        Directory.CreateDirectory(disk);
        if (!Mount(disk)) Assert.Ignore("a tmpfs cannot be mounted here (this needs root in a system that allows mounts), so a full disk cannot be made");
        try
        {
            var folder = Path.Combine(disk, "run");
            var run = CliTestRun.Of("run", Quickstart, "--out", folder, "--no-plots");
            Assert.Multiple(() =>
            {
                Assert.That(run.ExitCode, Is.EqualTo(1));
                Assert.That(run.Error, Does.Contain("No space left on device"));
                Assert.That(run.Error, Does.Not.Contain("internal error"));
                Assert.That(Directory.GetFileSystemEntries(disk), Is.Empty, "no results, staging or lock left");
            });

            var sweep = Path.Combine(_work, "s.sweep.json");
            File.WriteAllText(sweep, $$"""
                { "name": "s", "scenario": "{{Quickstart}}", "replicates": 2,
                  "parameters": [ { "path": "steps", "values": [2, 3, 4, 5, 6, 7, 8, 9] } ] }
                """);
            var swept = CliTestRun.Of("sweep", sweep, "--out", Path.Combine(disk, "sweep"), "--threads", "1");
            Assert.Multiple(() =>
            {
                Assert.That(swept.ExitCode, Is.EqualTo(1), swept.Output);
                Assert.That(swept.Error, Does.Contain("No space left on device"));
                Assert.That(swept.Error, Does.Not.Contain("internal error"));
                Assert.That(Directory.GetDirectories(Path.Combine(disk, "sweep"), "point-*")
                    .All(p => File.Exists(Path.Combine(p, RunResults.ManifestFile))), Is.True, "every point kept is complete");
            });
        }
        finally
        {
            using var umount = Process.Start("umount", [disk]);
            umount.WaitForExit();
        }
    }

    private static bool Mount(string folder)
    {
        try
        {
            using var mount = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", folder]) { RedirectStandardError = true })!;
            mount.WaitForExit();
            return mount.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static Process StartRun(string scenario, string outDir, params string[] options) =>
        CliProcess.Start(["run", scenario, "--out", outDir, .. options]);

    /// <summary>
    /// Reads the process's output until a line starts so (true) or the output ends (false). The lock file alone does
    /// not prove its holder: it exists a moment before the lock on it is taken.
    /// </summary>
    private static bool PrintsALineStartingWith(Process process, string start)
    {
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(start, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Polls until the condition holds (true) or the process ends first or two minutes pass (false).</summary>
    private static bool WaitFor(Process process, Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (condition()) return true;
            Thread.Sleep(2);
        }

        return condition() && !process.HasExited;
    }
}
