using InfluenceSim.Output;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Cli;

/// <summary>
/// The install the README gives for people without a clone: dotnet pack makes a .NET tool package, dotnet tool install
/// puts influencesim in a tool folder, and that program runs a shipped scenario with its figures.
/// </summary>
public class ToolPackageTests
{
    private string _work = "";

    [SetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("influencesim-tool-").FullName;

    [TearDown]
    public void DeleteWork() => Directory.Delete(_work, recursive: true);

    [Test]
    public void ThePackedToolInstallsAndRunsAScenario()
    {
        var packages = Path.Combine(_work, "packages");
        var tools = Path.Combine(_work, "tools");
        var project = Path.Combine(TestScenarios.RepositoryRoot, "src", "InfluenceSim.Cli", "InfluenceSim.Cli.csproj");
        Run("dotnet", "pack", project, "-c", "Release", "-o", packages);
        Assert.That(Directory.GetFiles(packages, "InfluenceSim.*.nupkg"), Has.Length.EqualTo(1));
        Run("dotnet", "tool", "install", "InfluenceSim", "--tool-path", tools, "--add-source", packages, "--version", Version());

        var output = Path.Combine(_work, "run");
        var run = Run(Path.Combine(tools, "influencesim"), "run", TestScenarios.ShippedScenario("quickstart.json"), "--out", output, "--replicates", "2", "--steps", "24");
        Assert.That(run, Does.Contain("final_believers.workers-paradise"));
        Assert.That(File.Exists(Path.Combine(output, TimeseriesWriter.FileName)));
        Assert.That(Directory.GetFiles(Path.Combine(output, "figures"), "*.png"), Is.Not.Empty, "figures drawn: the native drawing library came with the package");

        var runtimeConfig = Directory.GetFiles(tools, "influencesim.runtimeconfig.json", SearchOption.AllDirectories).Single();
        var properties = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(runtimeConfig))["runtimeOptions"]!["configProperties"]!;
        Assert.That((int?)properties["System.Runtime.TieredCompilation.CallCountingDelayMs"], Is.EqualTo(0),
            "the installed program optimises its steps from the start (parallel steps would otherwise warm up slowly)");
    }

    private static string Version() =>
        System.Xml.Linq.XDocument.Load(Path.Combine(TestScenarios.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

    private string Run(string program, params string[] args) => ExternalProgram.Run(program, args, _work, TimeSpan.FromMinutes(5));
}
