using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// Issue 19, item 3: a URL's text carries a zero-width space after each place the PDF may break it, so LibreOffice
/// (which breaks by the Unicode rules) has the same chances; the link's target and everything else stay as written.
public sealed class UrlBreakTests
{
    private const string Url = "https://example.org/reports/2022/a-b.html?x=1&y=2#top";
    private const string Marked = "https://\u200Bexample.\u200Borg/\u200Breports/\u200B2022/\u200Ba-\u200Bb.\u200Bhtml?\u200Bx=\u200B1&\u200By=\u200B2#\u200Btop";

    private static DocxPackage Write(params Block[] blocks) =>
        new(DocxWriter.Write(new Document(SampleDocument.Metadata(), blocks), Theme.Default));

    [Fact]
    public void A_link_whose_text_is_its_address_gets_a_zero_width_space_at_each_break_chance_and_a_clean_target()
    {
        using var docx = Write(new Paragraph([new Link(Url, [new TextRun(Url)])]));
        var link = docx.Body.Descendants<W.Hyperlink>().Single();

        Assert.Equal(Marked, link.InnerText);
        Assert.Equal(Url, docx.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.OriginalString);
        Assert.Contains("org/\u200Breports", docx.Main.Document.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void Urls_in_plain_text_table_cells_and_list_items_are_marked_and_nothing_else_is()
    {
        var text = "See www.example.net/a/b, e.g. and/or well-known.";
        using var docx = Write(
            new Paragraph([new TextRun(text)]),
            new ListBlock(false, 1, [new ListItem([new Paragraph([new TextRun("Item " + Url)])])]),
            new Table([new TableColumn(CellAlignment.Left, ColumnWidth.Auto)],
                [new TableRow([new TableCell([new TextRun("Head")])]), new TableRow([new TableCell([new TextRun(Url)])])], 1, null));
        var paragraphs = docx.Body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("See www.\u200Bexample.\u200Bnet/\u200Ba/\u200Bb, e.g. and/or well-known.", paragraphs);
        Assert.Contains(paragraphs, p => p.EndsWith("Item " + Marked, StringComparison.Ordinal));
        Assert.Contains(Marked, paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Head\u200B", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_blocks_and_links_with_other_text_are_left_as_written()
    {
        using var docx = Write(
            new CodeBlock("curl " + Url, null),
            new Paragraph([new Link(Url, [new TextRun("the report.html?x")])]));

        Assert.DoesNotContain('\u200B', docx.Body.InnerText);
    }
}
