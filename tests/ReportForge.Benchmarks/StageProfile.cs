using System.Diagnostics;
using ReportForge.Markup;
using ReportForge.Notes;
using ReportForge.Pdf;
using ReportForge.Templating;
using ReportForge.Word;

namespace ReportForge.Benchmarks;

/// <summary>One timed run of each stage on generated notes: a quick look at where the time goes.</summary>
public static class StageProfile
{
    public static void Run(int talks)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ReportForge.sln"))) root = Path.GetDirectoryName(root)!;
        var clock = Stopwatch.StartNew();
        void Lap(string stage) { Console.WriteLine($"{stage,-22} {clock.ElapsedMilliseconds,7} ms"); clock.Restart(); }

        var package = TemplatePackage.Load(new DirectoryTemplateSource(Path.Combine(root, "templates", "daily-briefing"))).Value;
        var bytes = LargeNotes.Generate(talks);
        Lap("load template");
        var notes = NotesDocument.Parse(bytes, "notes.json").Value;
        package.Schema.Validate(notes);
        Lap("notes + schema");
        var markup = TemplateRenderer.Render(package, notes, "OFFICIAL", new RenderOptions()).Value;
        Lap("scriban");
        var document = MarkupConverter.Convert(markup, package.Source.ReadBytes).Value;
        Lap("markup → model");
        var layout = PdfReportWriter.Layout(document, package.Theme).Value;
        Lap($"layout ({layout.PageCount} pages)");
        var pdf = PdfReportWriter.Write(document, package.Theme).Value;
        Lap($"pdf write ({pdf.Bytes.Length / 1024} KiB)");
        var docx = DocxWriter.Write(document, package.Theme);
        Lap($"docx ({docx.Length / 1024} KiB)");
    }
}
