using System.Diagnostics;

namespace InfluenceSim.Tests.Support;

/// <summary>Runs another program (dotnet, sbatch, an installed tool, a script) to its end, asserting that it succeeded or returning how it ended.</summary>
internal static class ExternalProgram
{
    /// <summary>Returns what the program printed; fails the test, with everything it printed, if it fails or outlasts the time allowed.</summary>
    public static string Run(string program, IEnumerable<string> args, string workingDirectory, TimeSpan allowed,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exitCode, output, error) = Finish(program, args, workingDirectory, allowed, environment);
        Assert.That(exitCode, Is.Zero, $"{program} {string.Join(' ', args)}:\n{output}\n{error}");
        return output;
    }

    /// <summary>Runs the program to its end, whatever its exit code; fails the test if it outlasts the time allowed.</summary>
    public static (int ExitCode, string Output, string Error) Finish(string program, IEnumerable<string> args, string workingDirectory,
        TimeSpan allowed, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(allowed), Is.True, $"{program} {string.Join(' ', info.ArgumentList)} finished within {allowed}");
        return (process.ExitCode, output.Result, error.Result);
    }
}
