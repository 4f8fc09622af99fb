using InfluenceSim.Experiments;
using InfluenceSim.Live;
using InfluenceSim.Metrics;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;
using InfluenceSim.Simulation;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Live;

public class LiveSessionTests
{
    private static LiveSession Quickstart() => new(ScenarioLoader.Load(TestScenarios.ShippedScenario("quickstart.json")));

    [Test]
    public void TheSavedScenarioReproducesTheSessionExactly()
    {
        var session = Quickstart();
        session.Step(10);
        session.SetLever("actors.state-media.languages.en", 0.9);
        session.Step(7);
        session.SetLever("segments.english-speakers.activity", 0.3);
        session.SetLever("platforms.twitter.moderation.remove.enabled", 1);
        session.SetLever("platforms.twitter.moderation.detection.recall", 0.7);
        session.Step(8);
        Assert.That(session.CurrentStep, Is.EqualTo(25));

        var path = Path.Combine(Directory.CreateTempSubdirectory("influencesim-live").FullName, "saved.json");
        File.WriteAllText(path, session.ScenarioText());
        var saved = ScenarioLoader.Load(path);
        Assert.That(saved.Scenario.Replicates, Is.EqualTo(1));
        Assert.That(saved.Scenario.Events.Count(e => e.Description == "set in influencesim live"), Is.EqualTo(4));
        var rerun = ReplicateRunner.Run(ScenarioCompiler.Compile(saved), 0);
        foreach (var key in session.Recording.Layout.Series)
        {
            Assert.That(rerun.Values(key).Take(26), Is.EqualTo(session.Recording.Values(key)), key.ToString());
        }

        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Test]
    public void AChangeTakesEffectAtTheNextStep()
    {
        var session = Quickstart();
        session.Step(5);
        var before = session.Recording.Values(new SeriesKey(MetricCatalogue.Posts, 0)).ToArray();
        session.SetLever("actors.state-media.postsPerDay", 0);
        Assert.That(session.Recording.Values(new SeriesKey(MetricCatalogue.Posts, 0)), Is.EqualTo(before), "the steps already run are replayed unchanged");
        Assert.That(session.Levers.Single(l => l.Id == "actors.state-media.postsPerDay").Value, Is.Zero);
        static int StateMediaPosts(LiveSession s)
        {
            var world = (World)s.World;
            return world.Posts.All.ToArray().Count(p => !p.IsReshare && world.Model.DescribeAccount(p.Author).Group == "state-media");
        }

        var postsBefore = StateMediaPosts(session);
        Assert.That(postsBefore, Is.GreaterThan(0));
        session.Step(3);
        Assert.That(StateMediaPosts(session), Is.EqualTo(postsBefore), "state media stop posting from the next step");
    }

    [Test]
    public void ALanguageShareSetsTheWholeMix()
    {
        var session = Quickstart();
        session.SetLever("actors.state-media.languages.en", 0.25);
        var shares = session.Levers.Where(l => l.Path == "actors.state-media.languages").ToDictionary(l => l.Language!, l => l.Value);
        Assert.That(shares["en"], Is.EqualTo(0.25).Within(1e-12));
        Assert.That(shares.Values.Sum(), Is.EqualTo(1).Within(1e-12));
    }

    [TestCase("actors.state-media.postsPerDay", -1.0, "from 0")]
    [TestCase("platforms.twitter.moderation.detection.recall", 1.5, "from 0 to 1")]
    [TestCase("segments.nobody.activity", 0.5, "no lever")]
    public void BadChangesAreRefusedAndChangeNothing(string lever, double value, string message)
    {
        var session = Quickstart();
        session.Step(3);
        var error = Assert.Throws<LiveInputException>(() => session.SetLever(lever, value))!;
        Assert.That(error.Message, Does.Contain(message));
        Assert.That(session.Changes, Is.Empty);
        Assert.That(session.CurrentStep, Is.EqualTo(3));
    }

    [Test]
    public void SetupStartsAgainWithTheSeedAndNoChanges()
    {
        var session = Quickstart();
        session.Step(4);
        session.SetLever("segments.english-speakers.activity", 0.5);
        session.Setup(99);
        Assert.Multiple(() =>
        {
            Assert.That(session.CurrentStep, Is.Zero);
            Assert.That(session.Changes, Is.Empty);
            Assert.That(session.Seed, Is.EqualTo(99));
            Assert.That(session.ScenarioText(), Does.Contain("\"seed\": 99"));
        });
    }

    [Test]
    public void StepsStopAtTheScenariosEnd()
    {
        var session = Quickstart();
        Assert.That(session.Step(1000), Is.EqualTo(session.Steps));
        Assert.That(session.AtEnd, Is.True);
        Assert.Throws<LiveInputException>(() => session.SetLever("segments.english-speakers.activity", 0.5));
    }

    private static IEnumerable<string> ClassicModelNames() => InfluenceSim.Classic.ClassicModels.All.Select(m => m.Name);

    [TestCaseSource(nameof(ClassicModelNames))]
    public void EveryClassicModelIsDrawn(string model)
    {
        var session = new LiveSession(ScenarioLoader.Load(TestScenarios.ShippedScenario($"classic/{model}.json")));
        var view = new LiveView(session);
        session.Step(3);
        var states = view.Sample.States(session.World, 0);
        Assert.Multiple(() =>
        {
            Assert.That(view.ChartSeries(), Is.Not.Empty);
            Assert.That(view.ChartValues(0).Select(v => v.Length), Is.All.EqualTo(4));
            Assert.That(states, Has.Length.EqualTo(view.Sample.Count));
            Assert.That(states, Is.All.InRange(0.0, 3.0), "a state, or an opinion in [0, 1]");
        });
    }

    [Test]
    public void AClassicModelRunsWithoutLevers()
    {
        var session = new LiveSession(ScenarioLoader.Load(TestScenarios.ShippedScenario("classic/sir.json")));
        session.Step(5);
        var view = new LiveView(session);
        Assert.Multiple(() =>
        {
            Assert.That(session.Levers, Is.Empty);
            Assert.That(view.ChartSeries().Select(s => s.Name), Is.EquivalentTo(new[] { "susceptible", "infected", "removed" }));
            Assert.That(view.Sample.States(session.World, 0).Distinct(), Is.SubsetOf(new[] { 0.0, 1.0, 2.0 }));
            Assert.That(view.Sample.Count, Is.InRange(1, NetworkSample.MaxNodes + 20));
        });
    }

    [Test]
    public void TheSampleKeepsNeighboursAndMarksActorAccounts()
    {
        var session = new LiveSession(ScenarioLoader.Load(TestScenarios.ShippedScenario("nk-soft-power.json")));
        var sample = new LiveView(session).Sample;
        var world = (World)session.World;
        Assert.Multiple(() =>
        {
            Assert.That(sample.Count - sample.ActorAccounts.Length, Is.InRange(NetworkSample.MaxNodes - 100, NetworkSample.MaxNodes + 100));
            Assert.That(sample.ActorAccounts, Has.Length.EqualTo(world.ActorAccountCount));
            Assert.That(sample.Edges.Length, Is.GreaterThan(sample.Count), "snowball sampling keeps the follow edges among the drawn nodes");
            Assert.That(sample.Kind.Skip(sample.Count - sample.ActorAccounts.Length), Does.Contain("state").And.Contain("counter"));
            Assert.That(sample.X.Concat(sample.Y), Is.All.InRange(0.0, 1.0));
        });
    }

    [Test]
    public void BannedActorAccountsAreMarked()
    {
        var session = new LiveSession(ScenarioLoader.Load(TestScenarios.ShippedScenario("moderation-strategies/bans-no-recreation.json")));
        var view = new LiveView(session);
        var actors = view.Sample.ActorAccounts.Length;
        Assert.That(view.Sample.States(session.World, 0).TakeLast(actors), Is.All.EqualTo(3), "nobody is banned at the start");
        session.Step(168);
        Assert.That(view.Sample.States(session.World, 0).TakeLast(actors), Does.Contain(4.0), "after a week of detection some accounts are banned for good");
    }
}
