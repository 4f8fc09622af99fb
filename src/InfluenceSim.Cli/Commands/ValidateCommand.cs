using System.CommandLine;
using InfluenceSim.Experiments;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim validate FILE: checks a scenario (or a sweep, NAME.sweep.json, with every point's scenario) and lists every error.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = CommonOptions.Scenario();
        var command = new Command("validate", "Check a scenario file (or a NAME.sweep.json sweep file) and list every error with file, line, column and JSON path.") { scenario };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(scenario)!;
            try
            {
                if (path.EndsWith(".sweep.json", StringComparison.Ordinal))
                {
                    var sweep = SweepLoader.Load(path);
                    output.WriteLine($"{path}: valid sweep ({sweep.Points.Count} points of {sweep.Spec.Design.Type} design, every point's scenario valid).");
                    return ExitCodes.Success;
                }

                var loaded = ScenarioLoader.Load(path);
                var agents = loaded.Scenario.Segments.Sum(s => (long)s.Size);
                output.WriteLine($"{path}: valid ({agents} agents, {loaded.Scenario.Platforms.Count} platforms, {loaded.Scenario.Narratives.Count} narratives, {loaded.Scenario.Actors.Count} actor groups, {loaded.Scenario.Events.Count} events).");
                return ExitCodes.Success;
            }
            catch (ScenarioException e)
            {
                return ScenarioErrorReport.Print(e, error);
            }
        });
        return command;
    }
}
