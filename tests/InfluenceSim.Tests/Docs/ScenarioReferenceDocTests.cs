using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;

namespace InfluenceSim.Tests.Docs;

/// <summary>docs/scenario-reference.md's field tables are the declarations': a field added or changed must be documented.</summary>
public class ScenarioReferenceDocTests
{
    private static readonly string Doc =
        File.ReadAllText(Path.Combine(TestScenarios.RepositoryRoot, "docs", "scenario-reference.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static IEnumerable<TestCaseData> Sections() =>
        FieldTables.Sections.Select(s => new TestCaseData(s.Name, s.Owner).SetArgDisplayNames(s.Name));

    [TestCaseSource(nameof(Sections))]
    public void EachSectionsTableFollowsTheDeclarations(string section, Type owner)
    {
        var begin = FieldTables.BeginMarker(section);
        var start = Doc.IndexOf(begin, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"docs/scenario-reference.md has the opening marker of {section}'s table");
        var end = Doc.IndexOf(FieldTables.EndMarker, start, StringComparison.Ordinal);
        Assert.That(end, Is.GreaterThan(start), $"docs/scenario-reference.md closes {section}'s table");
        var expected = FieldTables.Table(owner);
        Assert.That(Doc[(start + begin.Length)..end].Trim(), Is.EqualTo(expected),
            $"docs/scenario-reference.md's table of {section} should read (influencesim schema --markdown prints every table):\n{expected}");
    }

    [Test]
    public void EveryDeclaredFieldIsInSomeTable()
    {
        var tables = string.Join("\n", FieldTables.Sections.Select(s => FieldTables.Table(s.Owner)));
        Assert.That(ScenarioFields.All.Select(f => f.Name).Distinct().Where(name => !tables.Contains($"`{name}`", StringComparison.Ordinal) && !tables.Contains($".{name}`", StringComparison.Ordinal)), Is.Empty);
    }
}
