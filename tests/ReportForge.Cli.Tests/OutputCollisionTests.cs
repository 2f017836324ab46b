using System.Text.RegularExpressions;

namespace ReportForge.Tests;

/// <summary>
/// Two build jobs (or items) that would write one file are an error before anything is written, naming both; a render's
/// items always get distinct names; names that are too long are cut with a stable hash; an output folder given with a
/// trailing slash works.
/// </summary>
public sealed class OutputCollisionTests
{
    private static (string Dir, CliRunner.Outcome Result) Build(string manifest, params (string Path, string Content)[] notes)
    {
        var dir = CliRunner.TempDir();
        foreach (var (path, content) in notes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
            File.WriteAllText(Path.Combine(dir, path), content);
        }
        File.WriteAllText(Path.Combine(dir, "reportforge.json"), manifest);
        return (dir, CliRunner.InProcess("build", "-m", Path.Combine(dir, "reportforge.json"), "--templates", TestPaths.Templates));
    }

    private static string Sample => File.ReadAllText(TestPaths.SampleNotes);

    [Fact]
    public void Notes_of_one_name_in_two_folders_are_an_error_naming_both_and_nothing_is_written()
    {
        var (dir, result) = Build("""
            { "output_dir": "out",
              "jobs": [ { "notes": "sub/**/*.json", "formats": ["pdf", "docx"] } ] }
            """, ("sub/a/x.json", Sample), ("sub/b/x.json", Sample));

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"{Path.Combine(dir, "reportforge.json")}:2:13: error RF1503: sub/b/x.json (daily-briefing) would write out/x.pdf, which sub/a/x.json (daily-briefing) "
            + "writes too (and 1 more file of theirs clash); put {dir} in the output pattern (the notes file's folder), as in \"{dir}/{name}.{format}\"; nothing was written",
            error);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));

        File.WriteAllText(Path.Combine(dir, "reportforge.json"), """
            { "output_dir": "out", "output": "{dir}/{name}.{format}", "jobs": [ { "notes": "sub/**/*.json", "formats": ["pdf"] } ] }
            """);
        var fixedUp = CliRunner.InProcess("build", "-m", Path.Combine(dir, "reportforge.json"), "--templates", TestPaths.Templates);
        Assert.Equal(0, fixedUp.ExitCode);
        Assert.Equal(["sub/a/x.pdf", "sub/b/x.pdf"], OutputTree.Files(Path.Combine(dir, "out")).Keys.Order());
    }

    [Fact]
    public void One_notes_file_through_two_templates_is_an_error_that_suggests_template()
    {
        var (dir, result) = Build("""
            { "output_dir": "out",
              "jobs": [ { "notes": "x.json", "template": "daily-briefing", "formats": ["pdf"] },
                        { "notes": "x.json", "template": "positions-sheet", "formats": ["pdf"] } ] }
            """, ("x.json", Sample));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(new Regex(@"reportforge\.json:3:13: error RF1503: x\.json \(positions-sheet\) would write out/x\.pdf, which x\.json \(daily-briefing\) "
            + @"\(.*reportforge\.json:2:13\) writes too; put \{template\} in the output pattern"), result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Items_of_one_id_in_two_notes_files_are_an_error_that_suggests_notes()
    {
        var (dir, result) = Build("""
            { "output_dir": "out",
              "jobs": [ { "notes": "*.json", "template": "meeting-record", "formats": ["pdf"] } ] }
            """, ("monday.json", Sample), ("tuesday.json", Sample));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(new Regex(@"error RF1503: item 'geneva' of tuesday\.json \(meeting-record\) would write out/geneva\.pdf, which item 'geneva' of monday\.json "
            + @"\(meeting-record\) writes too \(and 3 more files of theirs clash\); put \{notes\} in the output pattern"), result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Items_of_one_job_without_name_in_the_pattern_and_a_file_in_the_way_of_a_folder_are_errors()
    {
        var (_, items) = Build("""
            { "jobs": [ { "notes": "x.json", "template": "meeting-record", "formats": ["pdf"], "output": "record.{format}" } ] }
            """, ("x.json", Sample));
        Assert.Equal(2, items.ExitCode);
        Assert.Contains("error RF1503: item 'nato-briefing' of x.json (meeting-record) would write out/record.pdf, which item 'geneva' of x.json (meeting-record) writes too "
            + "(and 2 more files of theirs clash); put {name} in the output pattern", items.Stderr);

        var (dir, folder) = Build("""
            { "jobs": [ { "notes": "x.json", "formats": ["pdf"] },
                        { "notes": "x.json", "template": "positions-sheet", "formats": ["pdf"], "output": "{name}.pdf/{template}.{format}" } ] }
            """, ("x.json", Sample));
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("error RF1503: x.json (positions-sheet) would write out/x.pdf/positions-sheet.pdf, but out/x.pdf is a file that x.json (daily-briefing)", folder.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Render_each_gives_an_item_without_an_id_a_free_name_beside_the_ids()
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        var notes = Path.Combine(dir, "notes.json");
        File.WriteAllText(notes, """
            { "date": "2022-01-11", "items": [ { "id": "items-2", "title": "First" }, { "title": "Second" }, { "id": "a", "title": "Third" } ] }
            """);
        var result = CliRunner.InProcess("render", notes, "-t", "tiny-each", "--templates", templates, "-o", Path.Combine(dir, "out"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        var files = OutputTree.Files(Path.Combine(dir, "out")).Keys.Order().ToList();
        Assert.Equal(["a.pdf", "items-2.pdf", "items-3.pdf"], files);
        Assert.Contains("First", Readers.PdfText(Path.Combine(dir, "out", "items-2.pdf")));
        Assert.Contains("Second", Readers.PdfText(Path.Combine(dir, "out", "items-3.pdf")));
    }

    /// <summary>Two items whose ids make one file name would overwrite each other: an error naming both, nothing written.</summary>
    [Fact]
    public void Render_each_refuses_two_items_whose_ids_make_one_name()
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        var notes = Path.Combine(dir, "notes.json");
        File.WriteAllText(notes, """
            { "date": "2022-01-11", "items": [ { "id": "a", "title": "First" }, { "id": "A", "title": "Second" } ] }
            """);
        var result = CliRunner.InProcess("render", notes, "-t", "tiny-each", "--templates", templates, "-o", Path.Combine(dir, "out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{notes}:1:77: error RF1503: /items/1/id: this item has the id 'A', which makes the same file name as 'a' (/items/0/id); both would be written to 'a': give each item its own id",
            result.Stderr.Trim());
        Assert.False(Directory.Exists(Path.Combine(dir, "out")) && Directory.EnumerateFiles(Path.Combine(dir, "out"), "*.pdf").Any());
    }

    [Fact]
    public void A_very_long_id_gets_a_short_stable_name_and_the_render_succeeds()
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        var notes = Path.Combine(dir, "notes.json");
        var longId = new string('x', 300);
        File.WriteAllText(notes, $$"""
            { "date": "2022-01-11", "items": [ { "id": "{{longId}}", "title": "One" }, { "id": "{{longId}}y", "title": "Two" }, { "id": "short", "title": "Three" } ] }
            """);
        var output = Path.Combine(dir, "out");
        var result = CliRunner.InProcess("render", notes, "-t", "tiny-each", "--templates", templates, "-o", output);
        Assert.True(result.ExitCode == 0, result.Stderr);

        var names = OutputTree.Files(output).Keys.Order().ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains("short.pdf", names);
        // The cut slug and '-' and 8 hex digits of the whole slug's SHA-256: 100 bytes, then the extension.
        var longNames = names.Where(n => n.StartsWith("xxx", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, longNames.Count);
        Assert.All(longNames, n => Assert.Matches(@"^x{91}-[0-9a-f]{8}\.pdf$", n));
        Assert.NotEqual(longNames[0], longNames[1]);

        var again = Path.Combine(dir, "again");
        Assert.Equal(0, CliRunner.InProcess("render", notes, "-t", "tiny-each", "--templates", templates, "-o", again).ExitCode);
        Assert.Equal(names, OutputTree.Files(again).Keys.Order().ToList());
    }

    [Fact]
    public void An_output_folder_with_a_trailing_slash_works_for_render_and_build()
    {
        var dir = CliRunner.TempDir();
        var render = CliRunner.Process(dir, null, "render", TestPaths.SampleNotes, "-o", "out/", "-f", "pdf", "--templates", TestPaths.Templates);
        Assert.True(render.ExitCode == 0, render.Stderr);
        Assert.Equal("wrote out/talks-2022-01-11.pdf (5 pages)", render.Stdout.Trim());

        File.Copy(TestPaths.SampleNotes, Path.Combine(dir, "x.json"));
        File.WriteAllText(Path.Combine(dir, "reportforge.json"), """{ "output_dir": "built/", "jobs": [ { "notes": "x.json", "formats": ["pdf"] } ] }""");
        var build = CliRunner.InProcess("build", "-m", Path.Combine(dir, "reportforge.json"), "--templates", TestPaths.Templates);
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("wrote built/x.pdf", build.Stdout);
        OutputTree.AssertManifestMatchesFiles(dir, "built");
    }
}
