using InfluenceSim.Experiments;
using InfluenceSim.Output;

namespace InfluenceSim.Tests.Output;

public class ResultsFolderTests
{
    private string _parent = "";

    [SetUp]
    public void CreateParent() => _parent = Directory.CreateTempSubdirectory("influencesim-results").FullName;

    [TearDown]
    public void RemoveParent() => Directory.Delete(_parent, recursive: true);

    [Test]
    public void PublishesTheFilesWrittenIntoStaging()
    {
        var target = Path.Combine(_parent, "run");
        ResultsFolder.Publish(target, replaceExisting: false, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "new"));
        Assert.That(File.ReadAllText(Path.Combine(target, "a.txt")), Is.EqualTo("new"));
        Assert.That(Directory.GetDirectories(_parent), Has.Length.EqualTo(1), "no staging folder is left behind");
    }

    [Test]
    public void NeverOverwritesExistingResultsUnlessAsked()
    {
        var target = Path.Combine(_parent, "run");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.txt"), "old");
        Assert.Throws<OutputFolderException>(() => ResultsFolder.Publish(target, false, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "new")));
        Assert.That(File.ReadAllText(Path.Combine(target, "a.txt")), Is.EqualTo("old"));
        ResultsFolder.Publish(target, true, folder => File.WriteAllText(Path.Combine(folder, "a.txt"), "new"));
        Assert.That(File.ReadAllText(Path.Combine(target, "a.txt")), Is.EqualTo("new"));
        Assert.That(Directory.GetDirectories(_parent), Has.Length.EqualTo(1), "the replaced folder is removed");
    }

    [Test]
    public void AFailureWhileWritingLeavesNothingHalfWritten()
    {
        var target = Path.Combine(_parent, "run");
        Assert.Throws<InvalidOperationException>(() => ResultsFolder.Publish(target, false, folder =>
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "partial");
            throw new InvalidOperationException("crash");
        }));
        Assert.That(Directory.GetFileSystemEntries(_parent), Is.Empty);
    }

    [Test]
    public void ASecondLockOnTheSameFolderIsRefusedUntilTheFirstIsReleased()
    {
        var target = Path.Combine(_parent, "run");
        using (FolderLock.Acquire(target))
        {
            var refused = Assert.Throws<OutputFolderException>(() => FolderLock.Acquire(target));
            Assert.That(refused!.Message, Does.Contain("another influencesim process"));
            using (FolderLock.Acquire(target, holder: "shard-2-of-3")) { }
        }

        using (FolderLock.Acquire(target)) { }
        Assert.That(Directory.GetFileSystemEntries(_parent), Is.Empty, "the lock file goes with the lock");
    }

    [Test]
    public void TakingTheLockRemovesWhatKilledProcessesLeftBesideTheFolder()
    {
        var target = Path.Combine(_parent, "run");
        Directory.CreateDirectory(Path.Combine(_parent, ".run.partial-99999-abc"));
        Directory.CreateDirectory(Path.Combine(_parent, ".run.replaced-abc"));
        Directory.CreateDirectory(Path.Combine(_parent, ".other.partial-99999-abc"));
        using (FolderLock.Acquire(target)) { }
        Assert.That(Directory.GetDirectories(_parent).Select(Path.GetFileName), Is.EqualTo(new[] { ".other.partial-99999-abc" }));
    }

    [Test]
    public void OnlyFilesInfluenceSimWritesCountAsItsOwn()
    {
        var target = Path.Combine(_parent, "run");
        Directory.CreateDirectory(Path.Combine(target, ResultsFolder.FiguresFolder));
        Directory.CreateDirectory(Path.Combine(target, "point-0001"));
        Directory.CreateDirectory(Path.Combine(target, PostLog.Folder));
        Directory.CreateDirectory(Path.Combine(target, CascadeLog.Folder));
        foreach (var name in new[] { TimeseriesWriter.FileName, TimeseriesParquet.FileName, OutcomesWriter.FileName, RunResults.SummaryFile, RunResults.ManifestFile, ResultsFolder.ReportFile,
                     SweepDescription.FileName, SweepTables.RowsFile, SweepTables.SummaryFile })
        {
            File.WriteAllText(Path.Combine(target, name), "");
        }

        File.WriteAllText(Path.Combine(target, "point-0001", SweepRunner.PointScenarioFile), "");
        File.WriteAllText(Path.Combine(target, ResultsFolder.FiguresFolder, "believers.svg"), "");
        File.WriteAllText(Path.Combine(target, PostLog.Folder, RunLogs.FileName(0)), "");
        File.WriteAllText(Path.Combine(target, CascadeLog.Folder, RunLogs.FileName(12)), "");
        Assert.That(ResultsFolder.ForeignEntries(target), Is.Empty);
        Assert.DoesNotThrow(() => ResultsFolder.CheckReplaceable(target, replaceExisting: true));

        File.WriteAllText(Path.Combine(target, ResultsFolder.FiguresFolder, "notes.txt"), "");
        File.WriteAllText(Path.Combine(target, "point-0001", "draft.docx"), "");
        File.WriteAllText(Path.Combine(target, PostLog.Folder, "my-analysis.parquet"), "");
        Assert.That(ResultsFolder.ForeignEntries(target).Select(Path.GetFileName), Is.EquivalentTo(new[] { ResultsFolder.FiguresFolder, "point-0001", PostLog.Folder }));
        Assert.Throws<OutputFolderException>(() => ResultsFolder.CheckReplaceable(target, replaceExisting: true));
    }

    [Test]
    public void CancellingBeforeTheRenamePublishesNothing()
    {
        var target = Path.Combine(_parent, "run");
        using var cancellation = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() => ResultsFolder.Publish(target, false, folder =>
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "complete");
            cancellation.Cancel();
        }, cancellation.Token));
        Assert.That(Directory.GetFileSystemEntries(_parent), Is.Empty);
    }
}
