using System.Text.RegularExpressions;

namespace ReportForge.Tests.Client;

/// <summary>
/// The daily briefing's .docx as LibreOffice reads it: converted to PDF headless and read back with PdfPig,
/// it must carry the same headings in the same order as ReportForge's own PDF, and its table of contents must
/// show with the entries and pages written (LibreOffice's conversion does not refresh a TOC).
/// Needs LibreOffice (<c>libreoffice-writer-nogui</c>); .ci/run installs it and runs this category.
/// </summary>
[Trait("Category", "Client")]
public sealed class LibreOfficeTests : IClassFixture<LibreOfficeTests.Converted>
{
    public sealed class Converted
    {
        public Converted()
        {
            var output = CliRunner.TempDir();
            var result = ReportEngine.Render(new ReportRequest
            {
                NotesPath = TestPaths.SampleNotes,
                Template = "daily-briefing",
                // The sample is too short for the theme's contents; these tests read LibreOffice's view of ours.
                TemplateFolders = [ContentsTemplates.Root],
                OutputDirectory = output,
                Formats = ["pdf", "docx"],
            });
            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
            OwnPdf = Path.Combine(output, "talks-2022-01-11.pdf");
            Docx = Path.Combine(output, "talks-2022-01-11.docx");
            ConvertedPdf = LibreOffice.ConvertToPdf(Docx);
        }

        public string OwnPdf { get; }
        public string Docx { get; }
        public string ConvertedPdf { get; }
    }

    private readonly Converted _converted;

    public LibreOfficeTests(Converted converted) => _converted = converted;

    [Fact]
    public void Converted_pdf_has_the_same_headings_in_the_same_order_as_our_pdf()
    {
        var ours = Readers.PdfBookmarks(_converted.OwnPdf);
        var theirs = Readers.PdfBookmarks(_converted.ConvertedPdf);

        Assert.True(ours.Count >= 10, $"our PDF has only {ours.Count} headings");
        Assert.Equal(ours, theirs);
    }

    [Fact]
    public void Converted_text_has_every_heading_after_the_table_of_contents_in_order()
    {
        var text = Readers.Squeeze(Readers.PdfText(_converted.ConvertedPdf));
        var toc = Readers.DocxTocEntries(_converted.Docx);
        var position = text.IndexOf(Readers.Squeeze(toc[^1].Text) + ".", StringComparison.Ordinal);
        Assert.True(position >= 0, "the last TOC entry is not in the converted text");

        foreach (var heading in Readers.PdfBookmarks(_converted.OwnPdf))
        {
            var found = text.IndexOf(Readers.Squeeze(heading), position + 1, StringComparison.Ordinal);
            Assert.True(found > position, $"heading not found in order after the table of contents: {heading}");
            position = found;
        }
    }

    [Fact]
    public void Table_of_contents_shows_each_entry_with_its_dot_leader_and_page()
    {
        var text = Readers.Squeeze(Readers.PdfText(_converted.ConvertedPdf));
        var entries = Readers.DocxTocEntries(_converted.Docx);

        Assert.Contains("Contents", text);
        Assert.True(entries.Count >= 10, $"only {entries.Count} TOC entries");
        foreach (var (entry, page) in entries)
            Assert.Matches(new Regex(Regex.Escape(Readers.Squeeze(entry)) + @"\.{3,}" + page), text);
    }
}
