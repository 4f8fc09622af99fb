using InfluenceSim.Output;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

/// <summary>
/// A small fixed-seed scenario of each model family must give the checked-in timeseries.csv and summary.json byte
/// for byte. When a change alters them on purpose, regenerate with INFLUENCESIM_REGENERATE_GOLDEN=1 and say why in
/// the commit message (docs/development.md).
/// </summary>
public class GoldenFileTests
{
    public const string RegenerateVariable = "INFLUENCESIM_REGENERATE_GOLDEN";

    public static IEnumerable<string> Families() => ["platform", "sir", "linear-threshold", "deffuant", "simsom"];

    [TestCaseSource(nameof(Families))]
    public void TheRunMatchesItsGoldenFiles(string family)
    {
        var folder = Path.Combine(TestScenarios.RepositoryRoot, "tests", "InfluenceSim.Tests", "Golden", family);
        var work = Directory.CreateTempSubdirectory("influencesim-golden").FullName;
        try
        {
            var output = Path.Combine(work, "run");
            var run = CliTestRun.Of("run", Path.Combine(folder, "scenario.json"), "--out", output, "--no-plots", "--threads", "2");
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            foreach (var file in new[] { TimeseriesWriter.FileName, RunResults.SummaryFile })
            {
                var produced = File.ReadAllBytes(Path.Combine(output, file));
                var golden = Path.Combine(folder, file);
                if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") File.WriteAllBytes(golden, produced);
                Assert.That(File.Exists(golden), Is.True, $"{golden} is missing; set {RegenerateVariable}=1 to write it");
                Assert.That(produced, Is.EqualTo(File.ReadAllBytes(golden)), $"{family}/{file} differs from its golden file");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
