using System.CommandLine;
using InfluenceSim.Experiments;
using InfluenceSim.Output;
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
                    output.WriteLine($"{path}: valid sweep ({Numbers.Count(sweep.Points.Count, "point")} of {sweep.Spec.Design.Type} design, every point's scenario valid).");
                    return ExitCodes.Success;
                }

                var loaded = ScenarioLoader.Load(path);
                var agents = loaded.Scenario.Segments.Sum(s => (long)s.Size);
                var scenario = loaded.Scenario;
                output.WriteLine($"{path}: valid ({Numbers.Count((int)Math.Min(agents, int.MaxValue), "agent")}, {Numbers.Count(scenario.Platforms.Count, "platform")}, " +
                    $"{Numbers.Count(scenario.Narratives.Count, "narrative")}, {Numbers.Count(scenario.Actors.Count, "actor group")}, {Numbers.Count(scenario.Events.Count, "event")}).");
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
