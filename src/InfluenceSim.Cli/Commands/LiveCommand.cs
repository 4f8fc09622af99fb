using System.CommandLine;
using System.Net;
using System.Security.Cryptography;
using InfluenceSim.Cli.Common;
using InfluenceSim.Experiments;
using InfluenceSim.Live;
using InfluenceSim.Runs;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Commands;

/// <summary>influencesim live SCENARIO: a local web page that runs the scenario step by step, with its levers, until Ctrl+C.</summary>
internal static class LiveCommand
{
    public const int DefaultPort = 5080;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = CommonOptions.Scenario();
        var port = CommonOptions.WholeNumber<int>("--port", $"The port to serve on (default {DefaultPort}; 0 picks a free one).", minimum: 0);
        var host = new Option<string?>("--host")
        {
            Description = "The address to listen on (default 127.0.0.1, this machine only). Another address, for a classroom network, needs the token printed at start.",
        };
        var outsideFiles = CommonOptions.AllowOutsideFiles();
        var skipMemoryCheck = CommonOptions.SkipMemoryCheck();
        var command = new Command("live", "Serve a page that runs the scenario step by step in the browser, with its levers (for teaching).")
        {
            scenario, port, host, outsideFiles, skipMemoryCheck,
        };
        command.SetAction(parsed =>
        {
            var chosenPort = parsed.GetValue(port) ?? DefaultPort;
            if (chosenPort > 65535)
            {
                error.WriteLine($"--port takes a port from 0 to 65535, got {chosenPort}.");
                return ExitCodes.BadInput;
            }

            var hostText = parsed.GetValue(host) ?? IPAddress.Loopback.ToString();
            if (!IPAddress.TryParse(hostText, out var address))
            {
                error.WriteLine($"--host takes an IP address (127.0.0.1, 0.0.0.0 or this machine's address on the network), got '{hostText}'.");
                return ExitCodes.BadInput;
            }

            LoadedScenario loaded;
            var overrides = new ScenarioOverrides(FilesOutsideFolder: parsed.GetValue(outsideFiles));
            try
            {
                loaded = ScenarioLoader.Load(parsed.GetValue(scenario)!, overrides);
            }
            catch (ScenarioException e)
            {
                return ScenarioErrorReport.Print(e, error);
            }

            var estimate = MemoryEstimate.For(ScenarioCompiler.Compile(loaded), threads: 1, replicatesKept: 1);
            if (MemoryText.Refuses(estimate, parsed.GetValue(skipMemoryCheck), error)) return ExitCodes.BadInput;
            return Serve(new LiveSession(loaded, overrides), address, chosenPort, output, error);
        });
        return command;
    }

    private static int Serve(LiveSession session, IPAddress address, int port, TextWriter output, TextWriter error)
    {
        var token = IPAddress.IsLoopback(address) ? null : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var ctrlC = new CtrlC();
        LiveServer server;
        try
        {
            server = LiveServer.StartAsync(session, address, port, token).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            error.WriteLine($"Cannot listen on {address}:{port} ({e.Message}); choose another --port.");
            return ExitCodes.BadInput;
        }

        var page = token is null ? server.Address.ToString() : $"{server.Address}?token={token}";
        if (token is not null)
        {
            error.WriteLine($"Warning: the live view listens on {address}, so other machines on the network can reach it. Only the address below, with its token, opens it.");
        }

        output.WriteLine($"Live view of '{session.Loaded.Scenario.Name}' at {page}");
        output.WriteLine("Open it in a browser; Ctrl+C stops the server.");
        try
        {
            server.WaitForShutdownAsync(ctrlC.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        output.WriteLine("Live view stopped.");
        return ExitCodes.Success;
    }
}
