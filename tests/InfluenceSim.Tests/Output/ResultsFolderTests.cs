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
}
