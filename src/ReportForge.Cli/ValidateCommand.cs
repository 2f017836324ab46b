using System.CommandLine;
using ReportForge.Diagnostics;
using ReportForge.Notes;
using ReportForge.Templating;

namespace ReportForge.Cli;

/// <summary><c>reportforge validate notes.json [-t NAME]</c>: every schema violation at once.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var notes = new Argument<string>("notes") { Description = "The notes file (JSON)." };
        var template = CommonOptions.Template();
        var templates = CommonOptions.TemplateFolders();
        var command = new Command("validate", "Check notes against a template's schema and classification levels; write nothing.") { notes, template,
            templates };
        command.SetAction(result =>
        {
            var package = TemplateLocator.Load(result.GetValue(template)!, result.GetValue(templates) ?? []);
            if (!package.Succeeded) return Report(package.Diagnostics, stderr);
            var loaded = NotesDocument.Load(result.GetValue(notes)!);
            if (!loaded.Succeeded) return Report(loaded.Diagnostics, stderr);
            var diagnostics = package.Value.Schema.Validate(loaded.Value).ToList();
            var classification = Classification.Highest(loaded.Value, package.Value.Manifest.Classification.Names);
            diagnostics.AddRange(classification.Diagnostics);
            if (diagnostics.Any(d => d.Severity == Severity.Error)) return Report(diagnostics, stderr);
            // Warnings (an item marked above the document) leave the notes valid, said after them.
            CliApp.Print(diagnostics, stderr);
            stdout.WriteLine($"{loaded.Value.File}: valid for {package.Value.Manifest.Name}");
            return CliApp.Ok;
        });
        return command;
    }

    private static int Report(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        CliApp.Print(diagnostics, stderr);
        return CliApp.Failed;
    }
}
