// The process-wide limits are the program's, set before any work; CliApp.Run, which tests call in their own process, sets none.
ReportForge.Cli.ProcessLimits.Apply(args);
return ReportForge.Cli.CliApp.Run(args, Console.Out, Console.Error);
