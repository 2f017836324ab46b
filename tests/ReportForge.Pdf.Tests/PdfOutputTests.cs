using System.Text;
using ReportForge.Model;
using ReportForge.Theming;
using UglyToad.PdfPig;

namespace ReportForge.Pdf.Tests;

public sealed class PdfOutputTests
{
    private static Document Sample() => Docs.Document(
        Docs.H(1, "Talks", "talks"),
        new Paragraph([new TextRun("Geneva "), new TextRun("talks", TextStyle.Bold), new TextRun(" with "), new Link("#quotes", [new TextRun("quotes")]), new TextRun(" and "), new Link("https://example.org/x", [new TextRun("a source")])]),
        Docs.Para("Literal * | # _ <b> stays."),
        Docs.Para("Дмитро Кулеба said “unity”."),
        Docs.H(1, "Quotes", "quotes"),
        new Quote([Docs.Para("first quote")]),
        new Quote([Docs.Para("second quote")]),
        Docs.Table(3));

    private static byte[] Write(Document document)
    {
        var result = PdfReportWriter.Write(document, Theme.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value.Bytes;
    }

    private static string AllText(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var builder = new StringBuilder();
        foreach (var page in doc.GetPages()) builder.AppendLine(string.Join(" ", page.GetWords().Select(w => w.Text)));
        return builder.ToString();
    }

    [Fact]
    public void Text_reads_back_with_unicode_literals_and_order()
    {
        var text = AllText(Write(Sample()));
        Assert.Contains("Test report", text);
        Assert.Contains("Дмитро Кулеба", text);
        Assert.Contains("* | # _ <b>", text);
        Assert.True(text.IndexOf("first quote", StringComparison.Ordinal) < text.IndexOf("second quote", StringComparison.Ordinal));
        Assert.Contains("Page 1 of 1", text);
    }

    [Fact]
    public void Metadata_comes_from_the_model_and_the_dates_from_the_notes()
    {
        using var doc = PdfDocument.Open(Write(Sample()));
        Assert.Equal("Test report", doc.Information.Title);
        Assert.Equal("Test desk", doc.Information.Author);
        Assert.Equal("Testing", doc.Information.Subject);
        Assert.StartsWith("D:20220111000000", doc.Information.CreationDate);
    }

    [Fact]
    public void Identical_input_gives_identical_bytes()
    {
        Assert.Equal(Write(Sample()), Write(Sample()));
    }

    [Fact]
    public void Fonts_are_embedded_subsets_with_stable_tags()
    {
        var raw = Encoding.Latin1.GetString(Write(Sample()));
        Assert.Contains("+Liberation Sans", raw.Replace("#20", " "));
        Assert.Contains("/FontFile2", raw);
    }

    [Fact]
    public void Links_and_bookmarks_are_written()
    {
        var bytes = Write(Sample());
        using var doc = PdfDocument.Open(bytes);
        var annotations = doc.GetPage(1).GetAnnotations().ToList();
        Assert.Contains(annotations, a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Talks", "Quotes"], bookmarks.Roots.Select(b => b.Title).ToList());
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Contains("https://example.org/x", raw);
        Assert.Contains("/Dests", raw);
    }

    [Fact]
    public void A_missing_font_family_is_a_clear_error()
    {
        var theme = new Theme { Fonts = new FontTheme { Body = "No Such Family Sans" } };
        var result = PdfReportWriter.Write(Sample(), theme);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RF1301", error.Code);
        Assert.Contains("No Such Family Sans", error.Message);
    }

    [Fact]
    public void Layout_returns_the_page_map()
    {
        var blocks = new List<Block> { Docs.H(1, "Start", "start") };
        for (var i = 0; i < 40; i++) blocks.Add(Docs.Para(Docs.Words(60, $"p{i}")));
        blocks.Add(Docs.H(1, "End", "end"));
        var layout = PdfReportWriter.Layout(Docs.Document([.. blocks]), Theme.Default);
        Assert.True(layout.Succeeded);
        Assert.Equal(1, layout.Value.PageMap["start"]);
        Assert.Equal(layout.Value.PageCount, layout.Value.PageMap["end"]);
        Assert.True(layout.Value.PageCount >= 3);
    }

    [Fact]
    public void Layout_records_each_tables_column_widths_by_the_model_table()
    {
        var body = Docs.Table(3);
        var inList = Docs.Table(2, "In a list");
        var equal = body with { };
        var list = new ListBlock(false, 1, [new ListItem([Docs.Para("Item"), inList])]);
        var document = Docs.Document(Docs.Para("Tables."), body, list, equal);
        var theme = Theme.Default;
        var textWidth = theme.Page.Dimensions.Width - theme.Page.MarginLeft - theme.Page.MarginRight;

        var layout = PdfReportWriter.Layout(document, theme);

        Assert.True(layout.Succeeded);
        var widths = layout.Value.Facts.ColumnWidths;
        // Three entries: the two equal tables are told apart by reference.
        Assert.Equal(3, widths.Count);
        Assert.Equal(2, widths[body].Count);
        // A 30% column, the auto column taking the rest of the text width.
        Assert.Equal(textWidth * 0.3, widths[body][0], 3);
        Assert.Equal(textWidth, widths[body].Sum(), 3);
        Assert.Equal(widths[body], widths[equal]);
        Assert.NotSame(widths[body], widths[equal]);
        // Inside the list item's indent the table is narrower, its columns still 30% and the rest.
        Assert.InRange(widths[inList].Sum(), textWidth / 2, textWidth - 1);
        Assert.Equal(widths[inList].Sum() * 0.3, widths[inList][0], 3);
        // The written PDF's layout is its first pass's, widths included.
        var written = PdfReportWriter.Write(document, theme);
        Assert.Equal(widths[inList], written.Value.Layout.Facts.ColumnWidths[inList]);
    }
}

public sealed class PdfTocReadBackTests
{
    [Fact]
    public void The_toc_reads_back_with_page_numbers_and_links_to_the_headings()
    {
        var blocks = new List<Block> { new TableOfContents(null, 1) };
        for (var s = 1; s <= 4; s++)
        {
            blocks.Add(Docs.H(1, $"Chapter {s}", $"c{s}"));
            for (var i = 0; i < 8; i++) blocks.Add(Docs.Para(Docs.Words(80, $"c{s}p{i}")));
        }
        var document = Docs.Document([.. blocks]);
        var result = PdfReportWriter.Write(document, Theme.Default);
        Assert.True(result.Succeeded);
        using var pdf = PdfDocument.Open(result.Value.Bytes);
        var firstPage = pdf.GetPage(1);
        var lines = firstPage.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToList();
        for (var s = 1; s <= 4; s++)
        {
            var page = result.Value.Layout.PageMap[$"c{s}"];
            Assert.Contains(lines, l => l.StartsWith($"Chapter {s}", StringComparison.Ordinal) && l.EndsWith(" " + page, StringComparison.Ordinal));
            Assert.Contains($"Chapter {s}", string.Join(" ", pdf.GetPage(page).GetWords().Select(w => w.Text)));
        }
        var links = firstPage.GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.True(links.Count >= 4);
        var raw = Encoding.Latin1.GetString(result.Value.Bytes);
        for (var s = 1; s <= 4; s++) Assert.Contains($"(c{s})", raw);
    }
}
