namespace ReportForge.Tests;

/// <summary>Every shipped template renders the sample notes to PDF and DOCX with the expected text.</summary>
public sealed class ShippedTemplateTests
{
    private static (CliRunner.Outcome Result, string Output) Render(params string[] extra)
    {
        var output = CliRunner.TempDir();
        var result = CliRunner.InProcess(["render", TestPaths.SampleNotes, "-o", output, "--templates", TestPaths.Templates, .. extra]);
        return (result, output);
    }

    private static void AssertHas(string file, params string[] texts)
    {
        var pdf = Readers.Squeeze(Readers.PdfText(file + ".pdf"));
        var docx = Readers.Squeeze(string.Join("\n", Readers.DocxParagraphs(file + ".docx").Select(p => p.Text)));
        foreach (var text in texts)
        {
            Assert.Contains(Readers.Squeeze(text), pdf);
            Assert.Contains(Readers.Squeeze(text), docx);
        }
        Assert.Empty(Readers.DocxValidationErrors(file + ".docx"));
    }

    [Fact]
    public void Meeting_record_writes_one_document_per_talk_named_from_its_id()
    {
        var (result, output) = Render("-t", "meeting-record");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var names = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["geneva.docx", "geneva.pdf", "nato-briefing.docx", "nato-briefing.pdf", "nato-russia.docx", "nato-russia.pdf", "normandy.docx", "normandy.pdf"], names);
        AssertHas(Path.Combine(output, "nato-briefing"), "Sherman briefs NATO allies at NATO headquarters", "Meeting record", "Jens Stoltenberg",
            "affirmed a unified NATO approach toward Russia", "our unwavering support for Ukraine", "Wendy Sherman briefs Jens Stoltenberg", "Sources");
        AssertHas(Path.Combine(output, "geneva"), "US–Russia talks in Geneva", "Sergei Ryabkov", "seven hours", "Inconclusive", "No quotes recorded for this talk.");
    }

    [Fact]
    public void Meeting_record_keeps_each_talk_to_its_own_quotes()
    {
        var (result, output) = Render("-t", "meeting-record", "-f", "pdf");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var russia = Readers.PdfText(Path.Combine(output, "nato-russia.pdf"));
        Assert.Contains("a moment of truth", russia);
        Assert.DoesNotContain("unwavering support", russia);
    }

    [Fact]
    public void Each_on_the_command_line_names_the_list_and_a_wrong_name_is_an_error()
    {
        var (result, _) = Render("-t", "meeting-record", "--each", "talk");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RF1904: --each talk: the notes have no top-level list of objects named 'talk'", result.Stderr);
    }

    [Fact]
    public void Positions_sheet_is_a_landscape_matrix_and_quote_table()
    {
        var (result, output) = Render("-t", "positions-sheet");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var file = Path.Combine(output, "talks-2022-01-11");
        AssertHas(file, "Positions sheet", "Demands", "Red lines", "NATO allies", "Quotes by side", "a moment of truth", "Dmytro Kuleba");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(file + ".pdf");
        Assert.InRange(pdf.NumberOfPages, 1, 2);
        var page = pdf.GetPage(1);
        Assert.True(page.Width > page.Height, $"expected landscape, got {page.Width}×{page.Height}");
    }

    [Fact]
    public void Positions_sheet_in_german_reads_its_strings()
    {
        var (result, output) = Render("-t", "positions-sheet", "--culture", "de-DE", "-f", "pdf");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var text = Readers.Squeeze(Readers.PdfText(Path.Combine(output, "talks-2022-01-11.pdf")));
        foreach (var word in new[] { "Positionsübersicht", "Forderungen", "RoteLinien", "ZitatenachSeite", "Dienstag,11.Januar2022" }) Assert.Contains(word, text);
    }
}
