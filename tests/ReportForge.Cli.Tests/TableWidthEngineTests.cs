using ReportForge.Pdf;
using ReportForge.Word;

namespace ReportForge.Tests;

/// <summary>The engine's .docx carries the column widths of the PDF's first layout pass, whichever formats are asked for.</summary>
public sealed class TableWidthEngineTests
{
    [Theory]
    [InlineData("pdf", "docx")]
    [InlineData("docx")]
    public void The_showcases_docx_is_written_with_the_pdf_layouts_facts(params string[] formats)
    {
        var request = new ReportRequest
        {
            NotesPath = Path.Combine(TestPaths.Template("showcase"), "sample.json"),
            Template = "showcase",
            TemplateFolders = [TestPaths.Templates],
            Formats = formats,
        };
        var document = ReportEngine.BuildDocument(request, out var package, out _, out _);
        Assert.True(document.Succeeded, string.Join(Environment.NewLine, document.Diagnostics));
        var theme = package!.Theme;
        var layout = PdfReportWriter.Layout(document.Value, theme);
        Assert.True(layout.Succeeded);
        // The showcase's contacts table (16%, 26%, auto): the layout's widths, rounded at the column edges, differ from
        // the Word writer's own by a twip, enough to tell which the engine wrote.
        // The engine also hands the Word writer the PDF's measure of list numbers.
        Assert.NotEmpty(layout.Value.Facts.ColumnWidths);
        var withWidths = DocxWriter.Write(document.Value, theme, layout.Value.Facts, labelWidth: PdfReportWriter.LabelWidth(theme));
        Assert.NotEqual(DocxWriter.Write(document.Value, theme, layout.Value.PageMap), withWidths);

        var rendered = ReportEngine.RenderInMemory(request);

        Assert.True(rendered.Succeeded, string.Join(Environment.NewLine, rendered.Diagnostics));
        var docx = Assert.Single(rendered.Value.Files, f => f.Name.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Equal(withWidths, docx.Bytes);
    }
}
