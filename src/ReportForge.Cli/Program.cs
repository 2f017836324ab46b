return ReportForge.Cli.CliApp.Run(args, Console.Out, Console.Error);
