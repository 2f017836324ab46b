using System.CommandLine;
using ReportForge.Diagnostics;

namespace ReportForge.Cli;

/// <summary><c>reportforge init DIR</c>: a new commented template from the daily briefing.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "The new template's folder (missing or empty)." };
        var command = new Command("init", "Create a new template from the daily briefing, commented, that renders at once.") { dir };
        command.SetAction(result =>
        {
            var written = TemplateScaffold.Init(result.GetValue(dir)!);
            CliApp.Print(written.Diagnostics, stderr);
            if (!written.Succeeded) return written.Diagnostics.Any(d => d.Code == ErrorCodes.InitNoFolder) ? CliApp.UsageError : CliApp.Failed;
            foreach (var path in written.Value) stdout.WriteLine($"wrote {path}");
            stdout.WriteLine($"render it with: reportforge render notes.json -t {result.GetValue(dir)}");
            return CliApp.Ok;
        });
        return command;
    }
}
