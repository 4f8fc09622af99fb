using System.Diagnostics;

namespace InfluenceSim.Tests.Support;

/// <summary>Runs another program (dotnet, sbatch, an installed tool) to its end and asserts that it succeeded.</summary>
internal static class ExternalProgram
{
    /// <summary>Returns what the program printed; fails the test, with everything it printed, if it fails or outlasts the time allowed.</summary>
    public static string Run(string program, IEnumerable<string> args, string workingDirectory, TimeSpan allowed,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var command = $"{program} {string.Join(' ', info.ArgumentList)}";
        Assert.That(process.WaitForExit(allowed), Is.True, $"{command} finished within {allowed}");
        Assert.That(process.ExitCode, Is.Zero, $"{command}:\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
