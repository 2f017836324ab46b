namespace ReportForge.Tests;

/// <summary>
/// Every template folder under templates/ (discovered, so a new template is covered at once) renders its
/// notes — its own sample.json, else the talks sample — to a PDF that opens and a .docx with zero
/// validator errors, whose headings are the PDF's bookmarks in the same order.
/// </summary>
public sealed class TemplateMatrixTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(TestPaths.Templates).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (!name.StartsWith('_') && File.Exists(Path.Combine(dir, "template.json"))) data.Add(name);
        }
        return data;
    }

    internal static string NotesFor(string template)
    {
        var own = Path.Combine(TestPaths.Template(template), "sample.json");
        return File.Exists(own) ? own : TestPaths.SampleNotes;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Renders_a_valid_docx_with_the_pdfs_headings(string template)
    {
        var output = CliRunner.TempDir();
        var result = ReportEngine.Render(new ReportRequest
        {
            NotesPath = NotesFor(template),
            Template = template,
            TemplateFolders = [TestPaths.Templates],
            OutputDirectory = output,
            Formats = ["pdf", "docx"],
        });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var docxFiles = Directory.GetFiles(output, "*.docx");
        Assert.NotEmpty(docxFiles);
        foreach (var docx in docxFiles)
        {
            Assert.Empty(Readers.DocxValidationErrors(docx));
            var pdf = Path.ChangeExtension(docx, ".pdf");
            Assert.True(File.Exists(pdf));
            Assert.Equal(Readers.PdfBookmarks(pdf), Readers.DocxHeadings(docx));
        }
    }
}
