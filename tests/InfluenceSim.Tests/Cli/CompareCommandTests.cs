using InfluenceSim.Experiments;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

public class CompareCommandTests
{
    private string _work = "";

    [OneTimeSetUp]
    public void RunTwoVariants()
    {
        _work = Directory.CreateTempSubdirectory("influencesim-compare").FullName;
        foreach (var variant in new[] { "none", "removal-fast" })
        {
            var run = CliTestRun.Of("run", TestScenarios.ShippedScenario($"moderation-strategies/{variant}.json"), "--steps", "48", "--replicates", "4",
                "--no-plots", "--out", Path.Combine(_work, variant));
            Assert.That(run.ExitCode, Is.Zero, run.Error);
        }
    }

    [OneTimeTearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    [Test]
    public void WritesATableAndAFigureAgainstTheBaseline()
    {
        var run = CliTestRun.Of("compare", Path.Combine(_work, "none"), Path.Combine(_work, "removal-fast"), "--out", Path.Combine(_work, "cmp"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = File.ReadAllLines(Path.Combine(_work, "cmp", VariantComparison.FileName));
        var exposures = lines.Where(l => l.StartsWith("exposures.workers-paradise,", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo(VariantComparison.Header));
            Assert.That(exposures.Select(r => r[1]), Is.EqualTo(new[] { "none", "removal-fast" }));
            Assert.That(exposures[0][6], Is.Empty, "the baseline has no difference to itself");
            Assert.That(double.Parse(exposures[1][6], System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(0), "removal lowers exposure");
            Assert.That(double.Parse(exposures[1][9], System.Globalization.CultureInfo.InvariantCulture), Is.LessThan(0.05));
            Assert.That(double.Parse(exposures[1][10], System.Globalization.CultureInfo.InvariantCulture), Is.InRange(-1.0, 0.0), "a reduction is a negative relative change");
            Assert.That(File.Exists(Path.Combine(_work, "cmp", "compare.svg")), Is.True);
            Assert.That(File.Exists(Path.Combine(_work, "cmp", "compare.png")), Is.True);
            Assert.That(run.Output, Does.Contain("falsehood_exposure_share").And.Contain("removal-fast").And.Contain("(lower)"));
            Assert.That(exposures[1][^1], Is.EqualTo("true"), "the two runs share their seeds: the difference is paired");
        });
    }

    [Test]
    public void SaysWhatModerationPreventedAndDrawsTheFrontier()
    {
        var run = CliTestRun.Of("compare", Path.Combine(_work, "none"), Path.Combine(_work, "removal-fast"), "--out", Path.Combine(_work, "prevented"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = File.ReadAllLines(Path.Combine(_work, "prevented", ModerationPrevention.FileName));
        var cells = lines[1].Split(',');
        string Cell(string column) => cells[Array.IndexOf(ModerationPrevention.Header.Split(','), column)];
        double Number(string column) => double.Parse(Cell(column), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[0], Is.EqualTo(ModerationPrevention.Header));
            Assert.That(Cell("variant"), Is.EqualTo("removal-fast"));
            Assert.That(Cell("paired"), Is.EqualTo("true"));
            Assert.That(Number("prevented_ci95_low"), Is.GreaterThan(0), "fast removal prevents falsehood exposures");
            Assert.That(Number("per_removal"), Is.EqualTo(Number("prevented") / Number("falsehood_removals")).Within(1e-9));
            Assert.That(Number("per_removal_ci95_low"), Is.LessThanOrEqualTo(Number("per_removal")));
            Assert.That(Number("per_removal_ci95_high"), Is.GreaterThanOrEqualTo(Number("per_removal")));
            Assert.That(Cell("per_label"), Is.Empty, "removal-fast labels nothing");
            Assert.That(Cell("per_ban"), Is.Empty);
            Assert.That(File.Exists(Path.Combine(_work, "prevented", "prevention-frontier.svg")), Is.True);
            Assert.That(run.Output, Does.Contain("What each strategy prevented"));
        });
    }

    [Test]
    public void OneFolderIsNotAComparison()
    {
        var run = CliTestRun.Of("compare", Path.Combine(_work, "none"), "--out", Path.Combine(_work, "cmp1"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void AnUnknownOutcomeIsNamed()
    {
        var run = CliTestRun.Of("compare", Path.Combine(_work, "none"), Path.Combine(_work, "removal-fast"), "--outcome", "happiness", "--out", Path.Combine(_work, "cmp2"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("'happiness' is not an outcome"));
    }
}
