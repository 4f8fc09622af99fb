using System.CommandLine;
using InfluenceSim.Cli.Common;
using InfluenceSim.Experiments;
using InfluenceSim.Output;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim merge OUT SHARD...: joins the results folders of a sweep's shards.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<string>("OUT") { Description = "The folder to merge into (created if needed; may be one of the shards)." };
        var shards = new Argument<string[]>("SHARD") { Description = "The shards' results folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Join the results folders of a sweep's shards into one, with sweep.csv and sweep-summary.csv over all points.")
        {
            target, shards,
        };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(target)!;
            try
            {
                var outcome = SweepMerger.Merge(folder, parsed.GetValue(shards)!);
                output.WriteLine($"{outcome.Finished} of {Numbers.Count(outcome.Total, "point")} in {folder}.");
                if (outcome.Missing.Count > 0) output.WriteLine($"Missing {(outcome.Missing.Count == 1 ? "point" : "points")}: {string.Join(", ", outcome.Missing)}; run {(outcome.Missing.Count == 1 ? "its shard" : "their shards")}, then merge again.");
                return ExitCodes.Success;
            }
            catch (OutputFolderException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
