namespace ReportForge.Tests;

/// <summary>An item marked above the document's own marking: a located warning from validate and render, never a failure.</summary>
public sealed class MarkingWarningTests
{
    private static string Notes(string dir)
    {
        var notes = Path.Combine(dir, "marked.json");
        File.WriteAllText(notes, """
            {
              "title": "Marked",
              "date": "2022-01-11",
              "classification": "OFFICIAL",
              "talks": [
                { "id": "x", "title": "Talk", "date": "2022-01-10", "classification": "SECRET" }
              ]
            }
            """);
        return notes;
    }

    private const string Warning = "marked.json:6:75: warning RF2141: /talks/0/classification: the item is marked SECRET, above the document's own "
        + "marking OFFICIAL (/classification); the banner shows SECRET, the highest marking";

    [Fact]
    public void Validate_prints_the_warning_and_calls_the_notes_valid()
    {
        var notes = Notes(CliRunner.TempDir());
        var result = CliRunner.InProcess("validate", notes, "--templates", TestPaths.Templates);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Warning, result.Stderr);
        Assert.Contains("marked.json: valid for daily-briefing", result.Stdout);
    }

    [Fact]
    public void Render_warns_writes_the_report_and_the_banner_shows_the_highest()
    {
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        var result = CliRunner.InProcess("render", Notes(dir), "-o", output, "--templates", TestPaths.Templates, "-f", "pdf");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Warning, result.Stderr);
        Assert.Contains("SECRET", Readers.PdfText(Path.Combine(output, "marked.pdf")));
    }
}

/// <summary>A malformed level in template.json stops every command that loads the template, located in template.json.</summary>
public sealed class ClassificationLevelCliTests
{
    [Fact]
    public void A_repeated_short_form_is_RF2142_in_template_json_and_exit_1()
    {
        var dir = CliRunner.TempDir();
        var template = Path.Combine(dir, "t");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """
            { "name": "t", "schema": "schema.json",
              "classification": { "levels": [ "SECRET", { "name": "SUPER SECRET", "short": "S" } ] } }
            """);
        File.WriteAllText(Path.Combine(template, "schema.json"), """{ "type": "object" }""");
        File.WriteAllText(Path.Combine(template, "template.sbn"), "Words.\n");
        var notes = Path.Combine(dir, "notes.json");
        File.WriteAllText(notes, """{ "title": "T" }""");
        var result = CliRunner.InProcess("validate", notes, "-t", template);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t/template.json:2:80: error RF2142: /classification/levels/1/short: the short form 'S' is already SECRET's; each level needs its own",
            result.Stderr);
    }
}
