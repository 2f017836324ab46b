using System.CommandLine;
using ReportForge.Templating;

namespace ReportForge.Cli;

/// <summary><c>reportforge lint -t NAME</c>: fields the template reads that the schema lacks, and required fields it never reads.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var template = CommonOptions.Template();
        var templates = CommonOptions.TemplateFolders();
        var command = new Command("lint", "Check a template against its notes schema without rendering.") { template, templates };
        command.SetAction(result =>
        {
            var package = TemplateLocator.Load(result.GetValue(template)!, result.GetValue(templates) ?? []);
            var findings = package.Succeeded ? TemplateLint.Run(package.Value) : package.Diagnostics;
            CliApp.Print(findings, stderr);
            if (findings.Count > 0) return CliApp.Failed;
            stdout.WriteLine($"{package.Value.Manifest.Name}: every field read is declared, every required field is read");
            return CliApp.Ok;
        });
        return command;
    }
}
