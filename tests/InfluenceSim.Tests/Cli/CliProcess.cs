using System.Diagnostics;

namespace InfluenceSim.Tests.Cli;

/// <summary>Starts the built command line in a process of its own, for what needs one: kills, signals, locks, peak memory.</summary>
internal static class CliProcess
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "influencesim.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }
}
