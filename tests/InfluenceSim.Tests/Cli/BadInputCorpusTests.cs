using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Cli;

/// <summary>
/// Every bad input in tests/InfluenceSim.Tests/BadInputs/cases.json (scenario files, sweep files, edge lists, command
/// lines) gets its expected exit code and a message that says what is wrong, and nothing is written. "{dir}" in the
/// arguments stands for a copy of BadInputs/files, "{out}" for an output folder that must not appear.
/// </summary>
[Parallelizable(ParallelScope.None)]
public class BadInputCorpusTests
{
    private static readonly string Corpus = Path.Combine(TestScenarios.RepositoryRoot, "tests", "InfluenceSim.Tests", "BadInputs");
    private string _root = "";
    private string _files = "";

    public static IEnumerable<TestCaseData> Cases() =>
        JArray.Parse(File.ReadAllText(Path.Combine(Corpus, "cases.json"))).Select(c => new TestCaseData(
                (string)c["name"]!, c["args"]!.Values<string>().ToArray(), (int)c["exit"]!, (string)c["message"]!)
            .SetName($"BadInput({(string)c["name"]!})"));

    [OneTimeSetUp]
    public void CopyTheFiles()
    {
        _root = Directory.CreateTempSubdirectory("influencesim-bad").FullName;
        _files = Path.Combine(_root, "files");
        CopyFolder(Path.Combine(Corpus, "files"), _files);
    }

    [OneTimeTearDown]
    public void RemoveTheCopy() => Directory.Delete(_root, recursive: true);

    [Test]
    public void TheCorpusHoldsAtLeastAHundredCases() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(100));

    [TestCaseSource(nameof(Cases))]
    public void IsRefusedWithALocatedMessageAndNothingWritten(string name, string[] args, int exit, string message)
    {
        var outDir = Path.Combine(_root, "out-" + name);
        var before = Directory.GetFileSystemEntries(_files, "*", SearchOption.AllDirectories).Length;
        var run = CliTestRun.Of(args.Select(a => a.Replace("{dir}", _files, StringComparison.Ordinal).Replace("{out}", outDir, StringComparison.Ordinal)).ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(exit), run.Error);
            Assert.That(run.Error, Does.Contain(message.Replace("{dir}", _files, StringComparison.Ordinal)));
            Assert.That(run.Error, Does.Not.Contain("internal error"));
            Assert.That(Directory.Exists(outDir), Is.False, "nothing is written");
            Assert.That(Directory.GetFileSystemEntries(_root, ".out-*"), Is.Empty, "no lock or staging folder is left");
            Assert.That(Directory.GetFileSystemEntries(_files, "*", SearchOption.AllDirectories), Has.Length.EqualTo(before), "nothing is written beside the inputs");
        });
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
