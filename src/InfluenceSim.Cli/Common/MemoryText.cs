using System.Globalization;
using InfluenceSim.Runs;

namespace InfluenceSim.Cli.Common;

/// <summary>The memory estimate in words, and the refusal of a run that will not fit.</summary>
internal static class MemoryText
{
    /// <summary>"about 310 GB for agents, follow networks and feeds; this machine has 24 GB".</summary>
    public static string Describe(MemoryEstimate estimate)
    {
        var parts = estimate.Parts.Where(p => p.Bytes >= estimate.Bytes / 20).Select(p => p.What).ToList();
        var named = parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
        return $"about {Size(estimate.Bytes)} for {named}; this machine has {Size(MemoryEstimate.Available)}";
    }

    /// <summary>Prints the refusal and returns true when the run will not fit and the user did not say to go ahead.</summary>
    public static bool Refuses(MemoryEstimate estimate, bool skipCheck, TextWriter error)
    {
        if (skipCheck || estimate.FitsIn(MemoryEstimate.Available)) return false;
        error.WriteLine($"This run needs {Describe(estimate)}, so it would run out of memory; nothing was run or written.");
        error.WriteLine("Make the world smaller, run fewer replicates at once (--threads), or pass --skip-memory-check to try anyway.");
        return true;
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 40 => Invariant($"{bytes / (double)(1L << 40):0.#} TB"),
        >= 1L << 30 => Invariant($"{bytes / (double)(1L << 30):0.#} GB"),
        _ => Invariant($"{bytes / (double)(1L << 20):0} MB"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
