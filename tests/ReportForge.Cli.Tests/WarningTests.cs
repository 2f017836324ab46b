namespace ReportForge.Tests;

/// <summary>Warnings from the writers reach the user, and the report is still written.</summary>
public sealed class WarningTests
{
    [Fact]
    public void A_character_in_no_font_is_a_warning_on_stderr_and_the_report_is_written()
    {
        var dir = CliRunner.TempDir();
        var notes = Path.Combine(dir, "glyph.json");
        File.WriteAllText(notes, """
            {
              "title": "Private \uDBFF\uDFFD use",
              "date": "2022-01-11",
              "summary": ["A point"],
              "talks": [{ "id": "x", "title": "Talk", "date": "2022-01-10", "location": "Geneva" }]
            }
            """);
        var output = Path.Combine(dir, "out");
        var result = CliRunner.InProcess("render", notes, "-o", output, "--templates", TestPaths.Templates, "-f", "pdf");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning RF1303: the character U+10FFFD", result.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "glyph.pdf")));
    }
}
