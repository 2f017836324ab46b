namespace ReportForge.Tests;

/// <summary>Text in the notes comes out as that text in both formats, never as formatting.</summary>
public sealed class EscapingTests
{
    [Fact]
    public void Markup_characters_in_notes_stay_literal_in_pdf_and_docx()
    {
        var dir = CliRunner.TempDir();
        var notes = Path.Combine(dir, "literal.json");
        File.WriteAllText(notes, """
            {
              "title": "Literal *stars* | pipes",
              "date": "2022-01-11",
              "summary": ["A *not bold* point | with # hash, _under_ and <b>tags</b> and [a](b)"],
              "talks": [{ "id": "x", "title": "Talk | with pipe", "date": "2022-01-10", "location": "Room #1 *A*" }]
            }
            """);
        var output = Path.Combine(dir, "out");
        var result = CliRunner.InProcess("render", notes, "-o", output, "--templates", TestPaths.Templates);
        Assert.Equal(0, result.ExitCode);

        var pdf = Readers.Squeeze(Readers.PdfText(Path.Combine(output, "literal.pdf")));
        var docx = Readers.Squeeze(string.Join("\n", Readers.DocxParagraphs(Path.Combine(output, "literal.docx")).Select(p => p.Text)));
        foreach (var literal in new[] { "A *not bold* point | with # hash, _under_ and <b>tags</b> and [a](b)", "Talk | with pipe", "Room #1 *A*", "Literal *stars* | pipes" })
        {
            Assert.Contains(Readers.Squeeze(literal), pdf);
            Assert.Contains(Readers.Squeeze(literal), docx);
        }
    }
}
