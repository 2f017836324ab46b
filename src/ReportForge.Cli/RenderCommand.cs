using System.CommandLine;

namespace ReportForge.Cli;

/// <summary><c>reportforge render notes.json [-t NAME] [-f pdf,docx] [-o DIR]</c>.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var notes = new Argument<string?>("notes") { Description = "The notes file (JSON). Without it, the built-in sample notes.", Arity = ArgumentArity.ZeroOrOne };
        var template = new Option<string>("--template", "-t") { Description = "Template name or folder.", DefaultValueFactory = _ => "daily-briefing" };
        var formats = new Option<string?>("--format", "-f") { Description = "Comma-separated formats: pdf, docx (default: the template's)." };
        var output = new Option<string>("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var culture = new Option<string?>("--culture") { Description = "Culture for dates and numbers, such as en-GB or fr-FR (default: the template's)." };
        var templates = new Option<string[]>("--templates") { Description = "A folder of templates to search first (repeatable).", AllowMultipleArgumentsPerToken = false };
        var emitMarkup = new Option<bool>("--emit-markup") { Description = "Also write the generated markup (.md) beside the outputs." };
        var pdfA = new Option<bool>("--pdfa") { Description = "Declare the PDF as PDF/A-1a (the watermark is then drawn opaque)." };

        var command = new Command("render", "Render notes into a PDF and/or Word document.") { notes, template, formats, output, culture, templates, emitMarkup, pdfA };
        command.SetAction(result => Execute(new ReportRequest
        {
            NotesPath = result.GetValue(notes),
            Template = result.GetValue(template)!,
            Formats = (result.GetValue(formats) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToList(),
            OutputDirectory = result.GetValue(output)!,
            Culture = result.GetValue(culture),
            TemplateFolders = result.GetValue(templates) ?? [],
            EmitMarkup = result.GetValue(emitMarkup),
            PdfA = result.GetValue(pdfA),
            SourceDateEpoch = CliApp.SourceDateEpoch(stderr),
        }, stdout, stderr));
        _ = verbose;
        return command;
    }

    public static int Execute(ReportRequest request, TextWriter stdout, TextWriter stderr)
    {
        var result = ReportEngine.Render(request);
        CliApp.Print(result.Diagnostics, stderr);
        if (!result.Succeeded) return CliApp.Failed;
        foreach (var path in result.Written)
        {
            var pages = path.EndsWith(".pdf", StringComparison.Ordinal) ? $" ({result.PageCount} pages)" : "";
            stdout.WriteLine($"wrote {path}{pages}");
        }
        return CliApp.Ok;
    }
}
