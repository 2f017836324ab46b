using System.Text.RegularExpressions;

namespace ReportForge.Tests;

/// <summary>Bad input: one error format, a non-zero exit, and nothing written or overwritten.</summary>
public sealed class ErrorTests
{
    private static string WriteNotes(string dir, string json)
    {
        var path = Path.Combine(dir, "notes.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Malformed_json_names_file_line_and_column_and_writes_nothing()
    {
        var dir = CliRunner.TempDir();
        var notes = WriteNotes(dir, "{\n  \"title\": \"T\",\n  \"date\": \"2022-01-11\"\n  \"summary\": []\n}\n");
        var output = Path.Combine(dir, "out");
        var result = CliRunner.InProcess("render", notes, "-o", output, "--templates", TestPaths.Templates);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(new Regex(@"notes\.json:4:3: error RF1002: malformed JSON"), result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Schema_violations_are_all_reported_with_pointer_line_and_column()
    {
        var dir = CliRunner.TempDir();
        var notes = WriteNotes(dir, """
            {
              "title": "T",
              "date": "2022-02-30",
              "talks": [
                { "id": "a", "title": "A", "date": "2022-01-10", "status": "finished" },
                { "id": "b", "title": "B" }
              ]
            }
            """);
        var output = Path.Combine(dir, "out");
        var result = CliRunner.InProcess("render", notes, "-o", output, "--templates", TestPaths.Templates);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(new Regex(@"notes\.json:3:11: error RF1003: /date: "), result.Stderr);
        Assert.Matches(new Regex(@"notes\.json:5:64: error RF1003: /talks/0/status: "), result.Stderr);
        Assert.Matches(new Regex(@"notes\.json:6:5: error RF1003: /talks/1: "), result.Stderr);
        // /talks/0 has a date, so the anyOf (date or due) holds there: no complaint about a missing due.
        Assert.DoesNotContain("/talks/0: Required", result.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_failed_render_leaves_the_previous_report_untouched()
    {
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        var previous = Path.Combine(output, "notes.pdf");
        File.WriteAllText(previous, "previous report");
        var notes = WriteNotes(dir, "{ \"title\": 5, \"date\": \"2022-01-11\" }");
        var result = CliRunner.InProcess("render", notes, "-o", output, "--templates", TestPaths.Templates);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RF1003: /title:", result.Stderr);
        Assert.Equal("previous report", File.ReadAllText(previous));
        Assert.Equal(["notes.pdf"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).ToList());
    }

    [Fact]
    public void An_unknown_classification_is_located()
    {
        var dir = CliRunner.TempDir();
        var notes = WriteNotes(dir, "{ \"title\": \"T\", \"date\": \"2022-01-11\",\n  \"classification\": \"ULTRA\" }");
        var result = CliRunner.InProcess("validate", notes, "--templates", TestPaths.Templates);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(new Regex(@"notes\.json:2:21: error RF1004: /classification: unknown classification 'ULTRA'"), result.Stderr);
    }

    [Fact]
    public void A_missing_notes_file_is_an_error_not_a_crash()
    {
        var result = CliRunner.InProcess("render", "/nonexistent/notes.json", "--templates", TestPaths.Templates);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/notes.json: error RF1001: cannot read the notes", result.Stderr);
    }

    [Fact]
    public void An_unknown_template_and_format_are_errors()
    {
        var template = CliRunner.InProcess("render", TestPaths.SampleNotes, "-t", "no-such-template", "-o", CliRunner.TempDir());
        Assert.Equal(1, template.ExitCode);
        Assert.Contains("error RF1101: no template named 'no-such-template'", template.Stderr);

        var format = CliRunner.InProcess("render", TestPaths.SampleNotes, "-f", "odt", "-o", CliRunner.TempDir(), "--templates", TestPaths.Templates);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("error RF1901: unknown format 'odt'", format.Stderr);
    }

    [Fact]
    public void Usage_errors_exit_2_and_help_works_on_every_command()
    {
        var bad = CliRunner.InProcess("render", TestPaths.SampleNotes, "--no-such-option");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("error RF1901:", bad.Stderr);

        foreach (var command in new[] { new[] { "--help" }, ["render", "--help"], ["validate", "--help"] })
        {
            var help = CliRunner.InProcess(command);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Usage:", help.Stdout);
        }
    }
}
