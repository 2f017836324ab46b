namespace ReportForge.Tests;

/// <summary>templates, templates show, lint and init on the command line.</summary>
public sealed class TemplateCommandTests
{
    [Fact]
    public void Templates_lists_every_shipped_template_with_description_and_place()
    {
        var result = CliRunner.InProcess("templates", "--templates", TestPaths.Templates);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        foreach (var name in new[] { "daily-briefing", "meeting-record", "positions-sheet" })
            Assert.Contains(lines, l => l.StartsWith(name + " ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("templates/" + name, StringComparison.Ordinal));
        Assert.Contains("Landscape one-to-two pager", result.Stdout);
        Assert.DoesNotContain("_shared", result.Stdout);
    }

    [Fact]
    public void Templates_show_prints_parameters_formats_culture_and_schema()
    {
        var result = CliRunner.InProcess("templates", "show", "daily-briefing", "--templates", TestPaths.Templates);
        Assert.Equal(0, result.ExitCode);
        foreach (var text in new[] { "Formats:  pdf, docx", "Culture:  en-US (strings for de, en, es, fr)", "Layout:   base",
                     "show_quotes (boolean, default true)  Include the Quotes section.", "title*: string", "talks: list of object", "id*, title*, format" })
            Assert.Contains(text, result.Stdout);
    }

    [Fact]
    public void Templates_show_of_an_unknown_name_is_rf1101()
    {
        var result = CliRunner.InProcess("templates", "show", "nope", "--templates", TestPaths.Templates);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("reportforge: error RF1101: no template named 'nope'", result.Stderr);
    }

    [Fact]
    public void Lint_passes_on_the_briefing_and_fails_with_located_findings()
    {
        var ok = CliRunner.InProcess("lint", "-t", "daily-briefing", "--templates", TestPaths.Templates);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("daily-briefing: every field read is declared, every required field is read", ok.Stdout);

        var dir = CliRunner.TempDir();
        var copy = Path.Combine(dir, "broken");
        Assert.Equal(0, CliRunner.InProcess("init", copy).ExitCode);
        var sbn = Path.Combine(copy, "template.sbn");
        File.WriteAllText(sbn, File.ReadAllText(sbn).Replace("for d in p.demands", "for d in p.demand", StringComparison.Ordinal));
        var bad = CliRunner.InProcess("lint", "-t", copy);
        Assert.Equal(1, bad.ExitCode);
        var lines = File.ReadAllLines(sbn);
        var line = Array.FindIndex(lines, l => l.Contains("for d in p.demand ", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("demand ", StringComparison.Ordinal) + 1;
        Assert.Matches($@"broken/template\.sbn:{line}:{column}: error RF1701: 'demand' is not declared by the schema at /positions/items; its fields are side, summary, demands, red_lines, classification", bad.Stderr);
    }

    [Fact]
    public void Init_scaffolds_a_commented_template_that_renders_at_once_and_refuses_a_full_folder()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "my-report");
        var init = CliRunner.InProcess("init", dir);
        Assert.True(init.ExitCode == 0, init.Stderr);
        Assert.StartsWith("{{~ # A new ReportForge template", File.ReadAllText(Path.Combine(dir, "template.sbn")));
        Assert.Contains("\"name\": \"my-report\"", File.ReadAllText(Path.Combine(dir, "template.json")));
        Assert.True(File.Exists(Path.Combine(dir, "schema.json")));
        Assert.True(File.Exists(Path.Combine(dir, "strings", "fr.json")));

        var output = CliRunner.TempDir();
        var render = CliRunner.InProcess("render", TestPaths.SampleNotes, "-t", dir, "-o", output, "-f", "pdf");
        Assert.True(render.ExitCode == 0, render.Stderr);
        Assert.Contains("Key points", Readers.PdfText(Path.Combine(output, "talks-2022-01-11.pdf")));

        var again = CliRunner.InProcess("init", dir);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error RF1403: the folder is not empty; init writes only into a new or empty folder", again.Stderr);
    }
}
