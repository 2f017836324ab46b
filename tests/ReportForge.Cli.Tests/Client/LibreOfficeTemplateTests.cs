namespace ReportForge.Tests.Client;

/// <summary>
/// Every shipped template's .docx (each document, for templates that write one per item), converted by
/// LibreOffice headless, has the same headings in the same order as ReportForge's own PDF of it.
/// </summary>
[Trait("Category", "Client")]
public sealed class LibreOfficeTemplateTests
{
    public static TheoryData<string> Templates() => TemplateMatrixTests.Templates();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Converted_docx_has_our_pdfs_headings(string template)
    {
        var output = CliRunner.TempDir();
        var result = ReportEngine.Render(new ReportRequest
        {
            NotesPath = TemplateMatrixTests.NotesFor(template),
            Template = template,
            TemplateFolders = [TestPaths.Templates],
            OutputDirectory = output,
            Formats = ["pdf", "docx"],
        });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        foreach (var docx in Directory.GetFiles(output, "*.docx").Order(StringComparer.Ordinal))
        {
            var ours = Readers.PdfBookmarks(Path.ChangeExtension(docx, ".pdf"));
            var converted = LibreOffice.ConvertToPdf(docx);
            Assert.NotEmpty(ours);
            Assert.Equal(ours, Readers.PdfBookmarks(converted));
        }
    }
}
