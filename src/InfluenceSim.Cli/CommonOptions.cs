using System.CommandLine;

namespace InfluenceSim.Cli;

/// <summary>Options and arguments shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string> Scenario() => new("SCENARIO") { Description = "The scenario file (JSON)." };

    public static Option<int?> Positive(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value < 1)
            {
                result.AddError($"{name} must be at least 1.");
            }
        });
        return option;
    }
}
