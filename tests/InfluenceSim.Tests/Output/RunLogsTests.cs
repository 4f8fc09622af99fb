using System.Globalization;
using InfluenceSim.Metrics;
using InfluenceSim.Output;
using InfluenceSim.Tests.Cli;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Output;

/// <summary>
/// The post and cascade logs of a real run (quickstart, 24 steps, 2 replicates) against the run's own time series and
/// summary: every post and reshare is a row, and per-post impressions and exposures add up to the timeseries counts.
/// </summary>
[NonParallelizable]
public class RunLogsTests
{
    private string _work = "";

    private string OneThread => Path.Combine(_work, "one-thread");

    private string TwoThreads => Path.Combine(_work, "two-threads");

    [OneTimeSetUp]
    public void RunWithLogs()
    {
        _work = Directory.CreateTempSubdirectory("influencesim-logs").FullName;
        string[] common = ["run", TestScenarios.ShippedScenario("quickstart.json"), "--steps", "24", "--replicates", "2", "--no-plots", "--log", "posts", "cascades", "--cascade-reach"];
        var one = CliTestRun.Of([.. common, "--out", OneThread, "--threads", "1"]);
        var two = CliTestRun.Of([.. common, "--out", TwoThreads, "--threads", "2", "--format", "parquet"]);
        Assert.That(one.ExitCode, Is.Zero, one.Error);
        Assert.That(two.ExitCode, Is.Zero, two.Error);
    }

    [OneTimeTearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    private static string LogFile(string run, string kind, int replicate) => Path.Combine(run, kind, RunLogs.FileName(replicate));

    /// <summary>The run's total of a metric over all narratives, segments and platforms, per replicate, from timeseries.csv.</summary>
    private Dictionary<int, double> TimeseriesTotals(string metric)
    {
        var totals = new Dictionary<int, double> { [0] = 0, [1] = 0 };
        foreach (var line in File.ReadLines(Path.Combine(OneThread, TimeseriesWriter.FileName)).Skip(1))
        {
            var cells = line.Split(',');
            if (cells[2] != metric || cells[3].Length == 0 || cells[4].Length > 0 || cells[5].Length > 0) continue;
            totals[int.Parse(cells[0], CultureInfo.InvariantCulture)] += double.Parse(cells[6], CultureInfo.InvariantCulture);
        }

        return totals;
    }

    [Test]
    public void ThePostLogAddsUpToTheTimeseries()
    {
        var posts = TimeseriesTotals("posts");
        var reshares = TimeseriesTotals("reshares");
        var impressions = TimeseriesTotals("impressions");
        var exposures = TimeseriesTotals("exposures");
        foreach (var replicate in new[] { 0, 1 })
        {
            var log = ParquetFile.Read(LogFile(OneThread, PostLog.Folder, replicate));
            Assert.That(log.Keys, Is.EqualTo(PostLog.Columns));
            Assert.Multiple(() =>
            {
                Assert.That(log["replicate"], Is.All.EqualTo(replicate));
                Assert.That(log["parent"].Count(p => p is null), Is.EqualTo(posts[replicate]), "originals");
                Assert.That(log["parent"].Count(p => p is not null), Is.EqualTo(reshares[replicate]), "reshares");
                Assert.That(log["impressions"].Sum(v => (int)v!), Is.EqualTo(impressions[replicate]));
                Assert.That(log["exposures"].Sum(v => (int)v!), Is.EqualTo(exposures[replicate]));
                Assert.That(posts[replicate] + reshares[replicate], Is.GreaterThan(100), "a run with something to log");
            });
        }
    }

    [Test]
    public void ThePostLogDescribesAuthorsAndCascades()
    {
        var log = ParquetFile.Read(LogFile(OneThread, PostLog.Folder, 0));
        var rows = log["post"].Length;
        for (var i = 0; i < rows; i++)
        {
            var kind = (string)log["author_kind"][i]!;
            Assert.That(log["post"][i], Is.EqualTo(i));
            if (log["parent"][i] is int parent)
            {
                Assert.That(parent, Is.LessThan(i));
                Assert.That(log["root"][i], Is.EqualTo(log["root"][parent]), "a reshare belongs to its parent's cascade");
                Assert.That(log["narrative"][i], Is.EqualTo(log["narrative"][parent]));
            }
            else
            {
                Assert.That(log["root"][i], Is.EqualTo(i));
            }

            Assert.That(kind == "audience" ? log["sponsor"][i] is null : log["sponsor"][i] is string, Is.True, $"row {i}: {kind}");
        }

        Assert.That(log["author_kind"].Distinct(), Is.SupersetOf(new[] { "audience", "state" }));
    }

    [Test]
    public void TheCascadeLogAgreesWithThePostsAndTheSummary()
    {
        var summary = ResultsJson.Read<RunSummary>(Path.Combine(OneThread, RunResults.SummaryFile));
        var counts = new List<double>();
        foreach (var replicate in new[] { 0, 1 })
        {
            var posts = ParquetFile.Read(LogFile(OneThread, PostLog.Folder, replicate));
            var cascades = ParquetFile.Read(LogFile(OneThread, CascadeLog.Folder, replicate));
            Assert.That(cascades.Keys, Is.EqualTo(CascadeLog.Columns));
            var sizeByRoot = posts["root"].GroupBy(r => (int)r!).ToDictionary(g => g.Key, g => g.Count());
            var impressionsByRoot = posts["root"].Zip(posts["impressions"]).GroupBy(p => (int)p.First!).ToDictionary(g => g.Key, g => g.Sum(p => (int)p.Second!));
            for (var i = 0; i < cascades["root"].Length; i++)
            {
                var root = (int)cascades["root"][i]!;
                Assert.That(cascades["size"][i], Is.EqualTo((double)sizeByRoot[root]));
                var reached = (double)cascades["reached"][i]!;
                Assert.That(reached, Is.LessThanOrEqualTo(impressionsByRoot[root]), "unique readers are at most the reads");
                Assert.That((double)cascades["exposed"][i]!, Is.LessThanOrEqualTo(reached));
            }

            Assert.That(cascades["root"].Length, Is.EqualTo(sizeByRoot.Count));
            counts.Add(cascades["root"].Length);
        }

        var all = summary.Cascades!.Group()!;
        Assert.That(all.Cascades.Mean, Is.EqualTo(counts.Average()));
        Assert.That(all.Measures["reached"].Mean, Is.Not.Null, "reach was counted");
    }

    [Test]
    public void LogsAndSummaryDoNotDependOnTheThreadCount()
    {
        foreach (var kind in new[] { PostLog.Folder, CascadeLog.Folder })
        {
            for (var replicate = 0; replicate < 2; replicate++)
            {
                Assert.That(File.ReadAllBytes(LogFile(TwoThreads, kind, replicate)), Is.EqualTo(File.ReadAllBytes(LogFile(OneThread, kind, replicate))), $"{kind} {replicate}");
            }
        }

        Assert.That(File.ReadAllText(Path.Combine(TwoThreads, RunResults.SummaryFile)), Is.EqualTo(File.ReadAllText(Path.Combine(OneThread, RunResults.SummaryFile))));
    }

    [Test]
    public void TimeseriesInParquetReadsBackAsTheCsv()
    {
        Assert.That(File.Exists(Path.Combine(TwoThreads, TimeseriesWriter.FileName)), Is.False, "--format parquet writes no CSV");
        var fromCsv = RunResults.Load(OneThread);
        var fromParquet = RunResults.Load(TwoThreads);
        foreach (var key in fromCsv.Layout.Series.Where(k => k.InTimeseries))
        {
            Assert.That(fromParquet.Series(key), Is.EqualTo(fromCsv.Series(key)), key.ToString());
        }

        var rows = ParquetFile.Read(Path.Combine(TwoThreads, TimeseriesParquet.FileName));
        var csvRows = File.ReadLines(Path.Combine(OneThread, TimeseriesWriter.FileName)).Count() - 1;
        Assert.That(rows["value"], Has.Length.EqualTo(csvRows));
        Assert.That(ParquetFile.RowGroups(Path.Combine(TwoThreads, TimeseriesParquet.FileName)), Is.EqualTo(2), "a row group per replicate");
    }

    [Test]
    public void PlotReadsAParquetRun()
    {
        var plot = CliTestRun.Of("plot", TwoThreads);
        Assert.That(plot.ExitCode, Is.Zero, plot.Error);
        Assert.That(File.Exists(Path.Combine(TwoThreads, "figures", "cascade-distributions.svg")), Is.True);
    }
}
