using System.CommandLine;

namespace ReportForge.Cli;

/// <summary><c>reportforge render notes.json [-t NAME] [-f pdf,docx] [-o DIR] [--reference-doc house.docx]</c>.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var notes = new Argument<string?>("notes") { Description = "The notes file (JSON). Without it, the built-in sample notes.", Arity = ArgumentArity.ZeroOrOne };
        var template = CommonOptions.Template();
        var formats = new Option<string?>("--format", "-f") { Description = "Comma-separated formats: pdf, docx (default: the template's)." };
        var output = new Option<string>("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var culture = new Option<string?>("--culture") { Description = "Culture for dates and numbers, such as en-GB or fr-FR (default: the template's)." };
        var templates = CommonOptions.TemplateFolders();
        var emitMarkup = new Option<bool>("--emit-markup") { Description = "Also write the generated markup (.md) beside the outputs." };
        var pdfA = new Option<bool>("--pdfa") { Description = "Declare the PDF as PDF/A-1a (the watermark is then drawn opaque)." };
        var referenceDoc = new Option<string?>("--reference-doc") { Description = "A .docx whose styles, page setup, header and footer the Word output takes." };

        var each = new Option<string?>("--each") { Description = "Write one document per item of this top-level list of the notes (such as talks), named from each item's id; the template reads it as 'item'." };
        var timeout = CommonOptions.Timeout();
        var set = new Option<string[]>("--set") { Description = "Set a template parameter, NAME=VALUE (repeatable); see 'reportforge templates show NAME'." };

        var limits = new LimitOptions();
        var command = new Command("render", "Render notes into a PDF and/or Word document.") { notes, template, formats, output, culture, templates, emitMarkup, referenceDoc, set, each, pdfA, timeout };
        limits.AddTo(command);
        command.SetAction(result => ParseSets(result.GetValue(set), stderr) is not { } parameters
            || !CommonOptions.TryGetTimeout(result, timeout, stderr, out var timeLimit)
            || !limits.TryGet(result, Runtime.StageLimits.Default, stderr, out var stageLimits)
            || !CommonOptions.TryGetFormats(result, formats, stderr, out var formatList) ? CliApp.UsageError : Execute(new ReportRequest
        {
            RenderTimeout = timeLimit,
            Limits = stageLimits,
            Parameters = parameters,
            Each = result.GetValue(each),
            NotesPath = result.GetValue(notes),
            Template = result.GetValue(template)!,
            Formats = formatList,
            OutputDirectory = result.GetValue(output)!,
            Culture = result.GetValue(culture),
            TemplateFolders = result.GetValue(templates) ?? [],
            EmitMarkup = result.GetValue(emitMarkup),
            ReferenceDoc = result.GetValue(referenceDoc),
            PdfA = result.GetValue(pdfA),
            SourceDateEpoch = CliApp.SourceDateEpoch(stderr),
            WaitingForOutputFolder = CliApp.WaitingForOutputFolder(stderr),
        }, stdout, stderr));
        _ = verbose;
        return command;
    }

    /// <summary>NAME=VALUE pairs into a dictionary; null (after printing why) when one has no '='.</summary>
    internal static Dictionary<string, string>? ParseSets(string[]? sets, TextWriter stderr)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in sets ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                stderr.WriteLine($"reportforge: error {ReportForge.Diagnostics.ErrorCodes.Usage}: --set expects NAME=VALUE, got '{pair}'");
                return null;
            }
            parameters[pair[..equals].Trim()] = pair[(equals + 1)..];
        }
        return parameters;
    }

    public static int Execute(ReportRequest request, TextWriter stdout, TextWriter stderr)
    {
        var result = ReportEngine.Render(request);
        CliApp.Print(result.Diagnostics, stderr);
        if (!result.Succeeded) return CliApp.FailureCode(result.Diagnostics);
        foreach (var path in result.Written)
        {
            var onePdf = result.Written.Count(p => p.EndsWith(".pdf", StringComparison.Ordinal)) == 1;
            var pages = onePdf && path.EndsWith(".pdf", StringComparison.Ordinal) ? $" ({result.PageCount} {(result.PageCount == 1 ? "page" : "pages")})" : "";
            stdout.WriteLine($"wrote {path}{pages}");
        }
        return CliApp.Ok;
    }
}
