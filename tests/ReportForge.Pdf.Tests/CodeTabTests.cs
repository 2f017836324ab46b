using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;
using ReportForge.Word;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Pdf.Tests;

/// <summary>Tabs in a code block go to the next stop of four columns, the same in the PDF and the .docx (issue 19).</summary>
public sealed class CodeTabTests
{
    private const string Code = "foo\tbaz\t\tbim\n\tindented\nab\tc\n";
    private static readonly string[] Expanded = ["foo baz     bim", "    indented", "ab  c"];

    [Fact]
    public void The_pdf_draws_each_tab_as_the_room_up_to_the_next_stop()
    {
        var canvas = LayoutHarness.Run(Docs.Document(new CodeBlock(Code, null)));
        var mono = new StyleSheet(Theme.Default).Code.Family;
        var lines = canvas.Texts.Where(t => t.Face.Family == mono).ToList();
        Assert.Equal(Expanded, lines.Select(t => t.Text));
        Assert.Single(lines.Select(t => t.X).Distinct());

        // Column 12 of the first line, where "bim" starts, is twelve mono advances in.
        var advance = PdfSharpMeasurer.Shared.Width("0", lines[0].Face);
        var bim = lines[0].X + PdfSharpMeasurer.Shared.Width(lines[0].Text[..12], lines[0].Face);
        Assert.Equal(lines[0].X + 12 * advance, bim, 6);
    }

    [Fact]
    public void The_docx_has_the_same_spaces_and_no_word_tab()
    {
        using var stream = new MemoryStream(DocxWriter.Write(new Document(Docs.Metadata(), [new CodeBlock(Code, null)]), Theme.Default));
        using var word = WordprocessingDocument.Open(stream, false);
        var code = word.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "SourceCode").ToList();
        Assert.Equal(Expanded, code.Select(p => p.InnerText));
        Assert.Empty(code.SelectMany(p => p.Descendants<W.TabChar>()));
        Assert.All(code.SelectMany(p => p.Descendants<W.Text>()), t => Assert.Equal(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve, t.Space?.Value));
    }
}
