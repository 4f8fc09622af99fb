using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Architecture;

/// <summary>The namespaces form layers: none uses, through any chain, one that uses it.</summary>
public class NamespaceTests
{
    private static readonly Dictionary<string, SortedSet<string>> Graph = Build();

    private static Dictionary<string, SortedSet<string>> Build()
    {
        var graph = NamespaceGraph.Of(
            [typeof(InfluenceSim.Scenarios.Scenario).Assembly, typeof(InfluenceSim.Plots.Figures.Figure).Assembly,
             typeof(InfluenceSim.Live.LiveSession).Assembly, typeof(InfluenceSim.Cli.CliApp).Assembly],
            "InfluenceSim");
        NamespaceGraph.AddUsings(graph, Path.Combine(TestScenarios.RepositoryRoot, "src"), "InfluenceSim");
        return graph;
    }

    [Test]
    public void NoNamespaceCycles()
    {
        var cycles = NamespaceGraph.Cycles(Graph);
        Assert.That(cycles.Select(c => string.Join(" <-> ", c)), Is.Empty,
            "namespaces that use each other, through some chain:\n" + string.Join("\n", Graph.Select(g => $"{g.Key} -> {string.Join(", ", g.Value)}")));
    }

    [Test]
    public void DevelopmentMdsTableIsTheGraph()
    {
        var doc = File.ReadAllLines(Path.Combine(TestScenarios.RepositoryRoot, "docs", "development.md"));
        var documented = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var row in doc.SkipWhile(l => !l.StartsWith("### Namespaces", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = row.Split(" | ");
            var name = "InfluenceSim." + cells[0][3..cells[0].IndexOf('`', 3)];
            var uses = cells[^1].TrimEnd(' ', '|');
            documented[name] = new SortedSet<string>(uses == "nothing" ? [] : uses.Split(", ").Select(u => "InfluenceSim." + u), StringComparer.Ordinal);
        }

        static string Short(string name) => name["InfluenceSim.".Length..];
        var wrong = Graph.Keys.Union(documented.Keys)
            .Where(name => !(Graph.TryGetValue(name, out var uses) && documented.TryGetValue(name, out var listed) && uses.SetEquals(listed)))
            .Select(name => $"`{Short(name)}`: " + (Graph.TryGetValue(name, out var uses) ? string.Join(", ", uses.Select(Short)) is { Length: > 0 } list ? list : "nothing" : "(no such namespace)"))
            .ToList();
        Assert.That(wrong, Is.Empty, "docs/development.md's namespace table differs from what the code uses in these rows, which should read:");
    }
}
