return InfluenceSim.Cli.CliApp.Run(args, Console.Out, Console.Error);
