using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

public sealed class RightToLeftTests
{
    private static Paragraph Para(string text) => new([new TextRun(text)]);

    private static Document Document() => SampleDocument.Build() with
    {
        Metadata = SampleDocument.Metadata() with { Title = "סיכום יומי", Subtitle = "Daily briefing" },
        Blocks =
        [
            new Heading(1, [new TextRun("שיחות ז'נבה")], "geneva"),
            Para("שלום עולם, with English inside."),
            new Paragraph([new Link("https://example.org", [new TextRun("مرحبا")]), new TextRun(" بالعالم")]),
            Para("English first, then שלום."),
            Para("2022: שנה טובה"),
            new ListBlock(false, 1, [new ListItem([Para("פריט ברשימה")])]),
            new Quote([Para("ציטוט")]),
            new Table(
                [new TableColumn(CellAlignment.Left, ColumnWidth.Auto), new TableColumn(CellAlignment.Right, ColumnWidth.Auto)],
                [new TableRow([new TableCell([new TextRun("עמודה")]), new TableCell([new TextRun("Amount")])]),
                 new TableRow([new TableCell([new TextRun("שלום.")]), new TableCell([new TextRun("שקל.")])])],
                1, null),
        ],
    };

    private static byte[] Write() => DocxWriter.Write(Document(), Theme.Default);

    [Fact]
    public void Paragraphs_and_headings_whose_first_letter_is_hebrew_or_arabic_are_bidi()
    {
        using var docx = new DocxPackage(Write());
        var bidi = docx.Body.Descendants<W.Paragraph>().Where(p => p.ParagraphProperties?.BiDi is not null).Select(p => p.InnerText).ToList();
        Assert.Equal(["סיכום יומי", "שיחות ז'נבה", "שלום עולם, with English inside.", "مرحبا بالعالم", "2022: שנה טובה", "פריט ברשימה", "ציטוט",
            "עמודה", "שלום.", "שקל."], bidi);
        // Runs carry no w:rtl: Word orders the characters itself.
        Assert.Empty(docx.Body.Descendants<W.RightToLeftText>());
    }

    [Fact]
    public void List_items_and_quotes_run_right_to_left_too()
    {
        // Word then puts the list item's bullet at the right, as it sets right-to-left lists; the PDF keeps it at the left.
        using var docx = new DocxPackage(Write());
        var item = docx.Body.Elements<W.Paragraph>().Single(p => p.InnerText == "פריט ברשימה");
        var quote = docx.Body.Descendants<W.Paragraph>().Single(p => p.InnerText == "ציטוט");
        Assert.NotNull(item.ParagraphProperties?.BiDi);
        Assert.NotNull(item.ParagraphProperties?.NumberingProperties);
        Assert.NotNull(quote.ParagraphProperties?.BiDi);
    }

    [Fact]
    public void Table_cells_in_right_to_left_script_keep_their_column_at_the_side_the_pdf_shows()
    {
        using var docx = new DocxPackage(Write());
        var cells = docx.Body.Descendants<W.TableCell>().Select(c => c.Elements<W.Paragraph>().Single())
            .ToDictionary(p => p.InnerText, p => (Bidi: p.ParagraphProperties?.BiDi is not null, Jc: p.ParagraphProperties!.Justification!.Val!.Value));
        // In a right-to-left paragraph Word reads "left" as its start, the right edge: both columns end up at the right,
        // where the PDF sets them (Left means the start of the line there too; Right stays right).
        Assert.Equal((true, W.JustificationValues.Left), cells["שלום."]);
        Assert.Equal((true, W.JustificationValues.Left), cells["שקל."]);
        Assert.Equal((false, W.JustificationValues.Right), cells["Amount"]);
    }

    [Theory]
    [MemberData(nameof(ValidationTests.Versions), MemberType = typeof(ValidationTests))]
    public void The_document_has_no_validation_errors(FileFormatVersions version)
    {
        var errors = DocxPackage.Validate(Write(), version);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
