using System.Text.Json;

namespace ReportForge.Tests;

/// <summary>The shipped sample through the whole pipeline, read back from both files.</summary>
public sealed class SampleReportTests : IClassFixture<SampleReportTests.Rendered>
{
    public sealed class Rendered
    {
        public Rendered()
        {
            Output = CliRunner.TempDir();
            Result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", Output, "--templates", TestPaths.Templates);
            Pdf = Path.Combine(Output, "talks-2022-01-11.pdf");
            Docx = Path.Combine(Output, "talks-2022-01-11.docx");
        }

        public string Output { get; }
        public CliRunner.Outcome Result { get; }
        public string Pdf { get; }
        public string Docx { get; }
    }

    private readonly Rendered _rendered;

    public SampleReportTests(Rendered rendered) => _rendered = rendered;

    [Fact]
    public void Render_succeeds_and_writes_both_files()
    {
        Assert.Equal(0, _rendered.Result.ExitCode);
        Assert.Equal("", _rendered.Result.Stderr);
        Assert.Contains("wrote", _rendered.Result.Stdout);
        Assert.True(File.Exists(_rendered.Pdf));
        Assert.True(File.Exists(_rendered.Docx));
    }

    [Fact]
    public void Pdf_holds_the_people_places_and_page_numbers()
    {
        var text = Readers.PdfText(_rendered.Pdf);
        foreach (var expected in new[] { "Geneva", "Stoltenberg", "Ryabkov", "Grushko", "Page 1 of", "Monday, January 10th, 2022", "seven hours", "OFFICIAL" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public void Pdf_has_the_first_two_quotes_of_each_side_in_the_order_of_the_notes()
    {
        var text = Readers.PdfText(_rendered.Pdf);
        AssertQuotesInOrder(text, perSide: 2);
        Assert.DoesNotContain(Readers.Squeeze("“Russian ultimatums”"), Readers.Squeeze(text));
        Assert.Contains(Readers.Squeeze("Two more quotes from this side are in the notes."), Readers.Squeeze(text));
    }

    [Fact]
    public void Quotes_per_side_0_shows_every_quote_by_side_with_the_speakers_native_names()
    {
        var output = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "--templates", TestPaths.Templates, "-f", "pdf",
            "--set", "quotes_per_side=0");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var text = Readers.PdfText(Path.Combine(output, "talks-2022-01-11.pdf"));
        AssertQuotesInOrder(text, perSide: int.MaxValue);
        Assert.Contains("Дмитро Кулеба", text);
        Assert.DoesNotContain("more quote", text);
    }

    private static void AssertQuotesInOrder(string pdfText, int perSide)
    {
        // Without hyphens: a line may end inside a hyphenated word ("de-es-" "calation").
        var text = Readers.Squeeze(pdfText).Replace("-", "", StringComparison.Ordinal);
        using var notes = JsonDocument.Parse(File.ReadAllBytes(TestPaths.SampleNotes));
        var quotes = notes.RootElement.GetProperty("quotes").EnumerateArray().GroupBy(q => q.GetProperty("side").GetString())
            .SelectMany(g => g.Take(perSide))
            .Select(q => Readers.Squeeze(q.GetProperty("text").GetString()!).Replace("-", "", StringComparison.Ordinal)).ToList();
        Assert.True(quotes.Count >= 5);
        var position = text.IndexOf(Readers.Squeeze("# Quotes"[2..]), StringComparison.Ordinal);
        foreach (var quote in quotes)
        {
            var found = text.IndexOf("“" + quote + "”", position, StringComparison.Ordinal);
            Assert.True(found > position, $"quote not found in order: {quote}");
            position = found;
        }
    }

    [Fact]
    public void The_sample_is_too_short_for_a_contents_in_either_format()
    {
        Assert.DoesNotContain("Contents", Readers.PdfText(_rendered.Pdf));
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(_rendered.Docx, false);
        Assert.Empty(doc.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SdtBlock>());
        Assert.DoesNotContain("TOC \\o", doc.MainDocumentPart!.Document!.OuterXml);
    }

    [Fact]
    public void Docx_table_of_contents_lists_the_pdf_headings_with_their_pdf_pages()
    {
        var output = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "--templates", ContentsTemplates.Root);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var toc = Readers.DocxTocEntries(Path.Combine(output, "talks-2022-01-11.docx"));
        var pdf = Readers.PdfBookmarkPages(Path.Combine(output, "talks-2022-01-11.pdf"), maxLevel: 2);

        Assert.True(toc.Count >= 10, $"only {toc.Count} entries");
        Assert.Equal(pdf, toc);
    }

    [Fact]
    public void Docx_is_valid_for_word()
    {
        Assert.Empty(Readers.DocxValidationErrors(_rendered.Docx));
    }

    [Fact]
    public void Docx_and_pdf_have_the_same_headings_in_the_same_order()
    {
        var docx = Readers.DocxHeadings(_rendered.Docx);
        var pdf = Readers.PdfBookmarks(_rendered.Pdf);
        Assert.Equal(["Talks", "US–Russia talks in Geneva", "Sherman briefs NATO allies at NATO headquarters"], docx.Take(3).ToList());
        Assert.Equal(pdf, docx);
    }

    [Fact]
    public void Docx_carries_title_styles_and_page_fields()
    {
        var paragraphs = Readers.DocxParagraphs(_rendered.Docx);
        Assert.Contains(("Title", "US/NATO–Russia talks on the Ukraine border crisis"), paragraphs);
        Assert.Contains(paragraphs, p => p.Style == "Quote" && p.Text.Contains("moment of truth", StringComparison.Ordinal));
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(_rendered.Docx, false);
        var footers = string.Concat(doc.MainDocumentPart!.FooterParts.Select(f => f.Footer!.OuterXml));
        Assert.Contains("PAGE", footers);
        Assert.Contains("NUMPAGES", footers);
        Assert.Equal("US/NATO–Russia talks on the Ukraine border crisis", doc.PackageProperties.Title);
    }

    [Fact]
    public void Rendering_again_gives_identical_bytes()
    {
        var again = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", again, "--templates", TestPaths.Templates);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(_rendered.Pdf), File.ReadAllBytes(Path.Combine(again, "talks-2022-01-11.pdf")));
        Assert.Equal(File.ReadAllBytes(_rendered.Docx), File.ReadAllBytes(Path.Combine(again, "talks-2022-01-11.docx")));
    }
}
