using InfluenceSim.Scenarios;
using InfluenceSim.Simulation;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Support;

/// <summary>Small hand-built scenarios for tests, edited as JSON and compiled through the real loader.</summary>
internal static class TestScenarios
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ShippedScenario(string name) => Path.Combine(RepositoryRoot, "scenarios", name);

    /// <summary>
    /// One platform, one English segment of 200 that all follow one state account; every agent is active every
    /// hour and believes on the first understood exposure (appeal 1, credibility 1, skepticism 0).
    /// </summary>
    public static JObject Certain() => JObject.Parse("""
        {
          "name": "certain",
          "seed": 5,
          "steps": 4,
          "replicates": 1,
          "languages": ["en", "ko"],
          "platforms": [ { "id": "p", "feed": { "size": 200, "readPerSession": 5 } } ],
          "network": { "model": "erdos-renyi", "avgFollows": 0 },
          "segments": [
            { "id": "readers", "size": 200, "languages": ["en"], "platforms": { "p": 1.0 },
              "activity": 1.0, "skepticism": 0.0, "shareProbability": 0.0, "authorProbability": 0.0 }
          ],
          "narratives": [ { "id": "claim", "sponsor": "state", "falsehood": true, "appeal": 1.0 } ],
          "actors": [
            { "id": "media", "kind": "state", "sponsor": "state", "accounts": 1, "platforms": ["p"],
              "languages": { "en": 1.0 }, "postsPerDay": 480, "narratives": { "claim": 1.0 },
              "credibility": 1.0, "followers": { "perAccount": 200 } }
          ],
          "beliefs": { "forgetting": 0.0 }
        }
        """);

    public static SimulationModel Model(JObject scenario, ScenarioOverrides? overrides = null) =>
        new(Load(scenario, overrides));

    public static LoadedScenario Load(JObject scenario, ScenarioOverrides? overrides = null) =>
        ScenarioLoader.Parse(scenario.ToString(), "test.json", TestContext.CurrentContext.WorkDirectory, overrides);

    public static World RunSteps(SimulationModel model, int steps, int replicate = 0)
    {
        var world = WorldBuilder.Build(model, replicate);
        for (var i = 0; i < steps; i++) world.Step();
        return world;
    }

    /// <summary>The errors a scenario text produces, or an empty list when it loads.</summary>
    public static IReadOnlyList<ScenarioError> ErrorsOf(string json, string? baseDirectory = null)
    {
        try
        {
            ScenarioLoader.Parse(json, "bad.json", baseDirectory ?? TestContext.CurrentContext.WorkDirectory);
            return [];
        }
        catch (ScenarioException e)
        {
            return e.Errors;
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InfluenceSim.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("InfluenceSim.sln not found above the test directory");
    }
}
