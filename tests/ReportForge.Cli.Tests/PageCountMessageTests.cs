namespace ReportForge.Tests;

/// <summary>The line <c>render</c> prints for a single PDF says how many pages it has, in words that agree with the number.</summary>
public sealed class PageCountMessageTests
{
    [Fact]
    public void A_one_page_pdf_is_reported_as_one_page()
    {
        var dir = CliRunner.TempDir();
        var template = Path.Combine(dir, "note");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """{"name": "note", "formats": ["pdf"]}""");
        File.WriteAllText(Path.Combine(template, "schema.json"), """{"type": "object"}""");
        File.WriteAllText(Path.Combine(template, "template.sbn"), "# {{ title }}\n\nOne short page.\n");
        var notes = Path.Combine(dir, "note.json");
        File.WriteAllText(notes, """{"title": "A note"}""");

        var result = CliRunner.InProcess("render", notes, "-t", template, "-o", Path.Combine(dir, "out"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.EndsWith("note.pdf (1 page)", result.Stdout.Trim());
    }
}
