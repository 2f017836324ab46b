using System.CommandLine;

namespace ReportForge.Cli;

/// <summary><c>reportforge render notes.json [-t NAME] [-f pdf,docx] [-o DIR] [--reference-doc house.docx]</c>.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var notes = new Argument<string?>("notes") { Description = "The notes file (JSON). Without it, the built-in sample notes.",
            Arity = ArgumentArity.ZeroOrOne };
        var output = CommonOptions.Output();
        var options = ReportOptions.ForReport();
        var command = new Command("render", "Render notes into a PDF and/or Word document.") { notes, output };
        options.AddTo(command);
        command.SetAction(result => options.TryParse(result, stderr, out var settings, out var exitCode)
            ? Execute(settings.Request(result.GetValue(notes), result.GetValue(output)!, stderr), stdout, stderr)
            : exitCode);
        return command;
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
