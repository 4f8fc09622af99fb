using InfluenceSim.Live;
using InfluenceSim.Scenarios;
using InfluenceSim.Tests.Support;
using Newtonsoft.Json.Linq;

namespace InfluenceSim.Tests.Live;

/// <summary>The page's levers are the fields declared as levers, with their declared ranges and defaults.</summary>
public class LeverCatalogueTests
{
    [Test]
    public void EachPlatformOffersEveryDeclaredModerationLeverAtItsDefault()
    {
        var scenario = TestScenarios.Certain();
        var declared = ScenarioFields.All.Where(f => f.Declaration.Lever is not null && f.Path.StartsWith("platforms.*.", StringComparison.Ordinal)).ToList();
        var levers = LeverCatalogue.For(scenario).Where(l => l.Group == "platform p").ToList();
        Assert.That(levers.Select(l => l.Path), Is.EquivalentTo(declared.Select(f => f.Path.Replace("*", "p", StringComparison.Ordinal))));
        Assert.Multiple(() =>
        {
            foreach (var field in declared)
            {
                var lever = levers.Single(l => l.Path == field.Path.Replace("*", "p", StringComparison.Ordinal));
                Assert.That(lever.Label, Is.EqualTo(field.Declaration.Lever), field.Path);
                Assert.That(lever.IsSwitch, Is.EqualTo(field.Type == typeof(bool)), field.Path);
                Assert.That(lever.Value, Is.EqualTo(field.Default!.Type == JTokenType.Boolean ? ((bool)field.Default ? 1 : 0) : (double)field.Default), field.Path);
            }
        });
        var recall = levers.Single(l => l.Path == "platforms.p.moderation.detection.recall");
        var reports = levers.Single(l => l.Path == "platforms.p.moderation.detection.reportRate");
        Assert.That((recall.Min, recall.Max, recall.StepSize), Is.EqualTo((0.0, 1.0, 0.05)), "the field's own range");
        Assert.That((reports.Min, reports.Max, reports.StepSize), Is.EqualTo((0.0, 0.05, 0.001)), "the lever's narrower top");
    }

    [Test]
    public void AnUnboundedFieldsSliderReachesTwiceItsValue()
    {
        var scenario = TestScenarios.Certain();
        scenario["platforms"]![0]!["moderation"] = JObject.Parse("""{ "review": { "capacityPerHour": 5000 } }""");
        var levers = LeverCatalogue.For(scenario);
        Assert.Multiple(() =>
        {
            Assert.That(levers.Single(l => l.Id == "actors.media.postsPerDay").Max, Is.EqualTo(960), "480 posts a day");
            Assert.That(levers.Single(l => l.Id == "platforms.p.moderation.review.capacityPerHour").Max, Is.EqualTo(10_000));
            Assert.That(levers.Single(l => l.Id == "platforms.p.moderation.review.delayHours").Max, Is.EqualTo(48), "the default is below the lever's top");
            Assert.That(levers.Single(l => l.Id == "segments.readers.activity").Value, Is.EqualTo(1));
        });
    }
}
