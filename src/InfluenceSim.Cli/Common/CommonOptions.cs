using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace InfluenceSim.Cli.Common;

/// <summary>Options and arguments shared by several commands, with messages that say what was expected.</summary>
internal static class CommonOptions
{
    public static Argument<string> Scenario() => new("SCENARIO") { Description = "The scenario file (JSON)." };

    /// <summary>A whole number of at least 1.</summary>
    public static Option<int?> Positive(string name, string description) => WholeNumber<int>(name, description, minimum: 1);

    /// <summary>A whole number (of at least <paramref name="minimum"/>), with a plain message for anything else.</summary>
    public static Option<T?> WholeNumber<T>(string name, string description, long minimum = long.MinValue) where T : struct, IBinaryInteger<T>
    {
        var option = new Option<T?>(name) { Description = description };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            var limit = minimum == long.MinValue ? "" : $" of at least {minimum}";
            if (!T.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || long.CreateSaturating(value) < minimum)
            {
                result.AddError($"{name} takes a whole number{limit}, got '{text}'.");
                return null;
            }

            return value;
        };
        return option;
    }

    public static Option<bool> AllowOutsideFiles() => new("--allow-outside-files")
    {
        Description = "Let the scenario read edge lists outside its own folder (refused by default, so that a shared scenario cannot read any file).",
    };

    public static Option<bool> SkipMemoryCheck() => new("--skip-memory-check")
    {
        Description = "Run even when the memory estimate says the run will not fit in this machine's memory.",
    };

    /// <summary>--log posts|cascades, repeatable: the logs to write.</summary>
    public static Option<string[]> Logs()
    {
        var option = new Option<string[]>("--log")
        {
            Description = "Also write a log, as Parquet, one file per replicate: 'posts' (every post and reshare) or 'cascades' (every cascade with its measures). Repeat for both.",
            AllowMultipleArgumentsPerToken = true,
        };
        option.AcceptOnlyFromAmong([.. Scenarios.LogKinds.All]);
        return option;
    }

    public static Option<bool> CascadeReach() => new("--cascade-reach")
    {
        Description = "Count each cascade's unique users reached and exposed (as the scenario's cascadeReach; costs memory and time).",
    };

    /// <summary>--format csv|parquet: how the time series are written.</summary>
    public static Option<Output.TimeseriesFormat> TimeseriesFormat()
    {
        var option = new Option<Output.TimeseriesFormat>("--format")
        {
            Description = "How the time series are written: 'csv' (timeseries.csv, the default) or 'parquet' (timeseries.parquet, the same rows, for large runs and sweeps).",
            DefaultValueFactory = _ => Output.TimeseriesFormat.Csv,
        };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (text == "csv") return Output.TimeseriesFormat.Csv;
            if (text == "parquet") return Output.TimeseriesFormat.Parquet;
            result.AddError($"--format takes 'csv' or 'parquet', got '{text}'.");
            return Output.TimeseriesFormat.Csv;
        };
        return option;
    }

    /// <summary>--shard i/n: the slice of the work this process does (for cluster job arrays).</summary>
    public static Option<string?> Shard(string description)
    {
        var option = new Option<string?>("--shard") { Description = description };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && ParseShard(result.Tokens[0].Value) is null) result.AddError("--shard takes i/n with 1 <= i <= n, for example 3/10.");
        });
        return option;
    }

    public static (int Index, int Count)? ParseShard(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count
            ? (index, count)
            : null;
    }
}
