namespace ReportForge.Tests;

/// <summary><c>--since PREVIOUS.json</c>: previous notes are checked as notes of the template, and named when wrong.</summary>
public sealed class SinceTests
{
    private static string Day2 => Path.Combine(TestPaths.Root, "input", "talks-2022-01-12.json");

    private static CliRunner.Outcome Render(string notes, string previous, string dir, params string[] more) =>
        CliRunner.InProcess(["render", notes, "--since", previous, "-o", Path.Combine(dir, "out"), "--templates", TestPaths.Templates, "-f", "docx",
            .. more]);

    [Fact]
    public void The_second_sample_day_renders_since_the_first_without_a_word()
    {
        var dir = CliRunner.TempDir();
        var result = Render(Day2, TestPaths.SampleNotes, dir);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("RF21", result.Stderr);
        Assert.True(File.Exists(Path.Combine(dir, "out", "talks-2022-01-12.docx")));
    }

    [Fact]
    public void The_briefing_opens_with_the_changes_and_marks_the_changed_items()
    {
        var dir = CliRunner.TempDir();
        var result = Render(Day2, TestPaths.SampleNotes, dir, "--emit-markup");
        Assert.Equal(0, result.ExitCode);
        var markup = File.ReadAllText(Path.Combine(dir, "out", "talks-2022-01-12.md"));
        Assert.Contains("""
            # Since the last briefing

            Changes since the briefing of Tuesday\, January 11th\, 2022\:

            - NATO–Russia talks in Brussels\: now held \(was scheduled\)
            - New next step\: Preserve NATO’s open\-door policy\, as the allies have vowed\: NATO membership is a matter for sovereign states to decide for themselves\.
            - Next step done\: Hold NATO–Russia talks at NATO headquarters in Brussels\, renewing suspended contacts with Moscow\.

            ::: callout {title="Key points"}
            """, markup);
        // The tag opens the talk's keep, so it never stays behind at the foot of a page; the old status is deleted text.
        Assert.Contains(":::: change {kind=\"updated\"}\n## NATO–Russia talks in Brussels {#nato-russia}\n\n::: keep\n**Updated**{.tag tone=updated}\n", markup);
        Assert.Contains("*Scheduled*{.del}**Held**{.tag tone=held}", markup);
        Assert.Contains("::: change {kind=\"updated\"}\n**Updated**{.tag tone=updated}\n\n> “a moment of truth”\n>\n> — **Alexander Grushko**", markup);
        // A next step done says so.
        Assert.Contains("renewing suspended contacts with Moscow\\. *(NATO and Russia)* **Done**{.tag tone=held}\n:::\n", markup);
        Assert.Contains("::: change {kind=\"added\"}\n4. Preserve NATO’s open", markup);
        // Talks that did not change are not wrapped.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(markup, "^:::: change", System.Text.RegularExpressions.RegexOptions.Multiline));

        // The .docx shows the section and the tags too, and is valid.
        var docx = Path.Combine(dir, "out", "talks-2022-01-12.docx");
        var paragraphs = Readers.DocxParagraphs(docx).Select(p => p.Text.Trim()).ToList();
        Assert.Contains("Since the last briefing", paragraphs);
        Assert.Contains("Updated", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Preserve NATO’s open-door policy", StringComparison.Ordinal) && p.EndsWith("New", StringComparison.Ordinal));
        Assert.Empty(Readers.DocxValidationErrors(docx));
    }

    [Fact]
    public void A_changed_position_and_a_new_timeline_entry_are_marked_too()
    {
        var dir = CliRunner.TempDir();
        var notes = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Day2))!;
        notes["positions"]![0]!["summary"] = "A summary that changed.";
        notes["timeline"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["date"] = "2022-01-12", ["event"] = "An event added today." });
        var today = Path.Combine(dir, "today.json");
        File.WriteAllText(today, notes.ToJsonString());
        Assert.Equal(0, Render(today, TestPaths.SampleNotes, dir, "--emit-markup").ExitCode);
        var markup = File.ReadAllText(Path.Combine(dir, "out", "today.md"));
        Assert.Contains(":::: change {kind=\"updated\"}\n## United States\n\n**Updated**{.tag tone=updated} A summary that changed\\.\n", markup);
        Assert.Contains("| 12 Jan 2022 | An event added today\\. **New**{.tag tone=new} |", markup);
        // Positions that did not change stand unwrapped.
        Assert.Contains("\n## Russia\n\nMoscow deployed", markup);
    }

    [Fact]
    public void A_changed_talks_heading_moves_to_the_next_page_with_its_details_as_in_word()
    {
        var dir = CliRunner.TempDir();
        var result = CliRunner.InProcess(["render", Day2, "--since", TestPaths.SampleNotes, "-o", Path.Combine(dir, "out"), "--templates",
            TestPaths.Templates, "-f", "pdf"]);
        Assert.Equal(0, result.ExitCode);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(dir, "out", "talks-2022-01-12.pdf"));
        // The heading sits in a change container (a column of its own): its keep with the next block holds there too.
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var details = Assert.Single(pages, p => p.Contains("(today)", StringComparison.Ordinal));
        Assert.Contains("NATO–Russia talks in Brussels Updated", details, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_notes_twice_say_that_nothing_changed_in_the_readers_language()
    {
        var dir = CliRunner.TempDir();
        Assert.Equal(0, Render(TestPaths.SampleNotes, TestPaths.SampleNotes, dir, "--emit-markup", "--culture", "fr-FR").ExitCode);
        var markup = File.ReadAllText(Path.Combine(dir, "out", "talks-2022-01-11.md"));
        Assert.Contains("# Depuis le dernier point quotidien\n\nRien n’a changé depuis le point quotidien du mardi 11 janvier 2022\\.\n", markup);
        Assert.DoesNotContain("::: change", markup);
    }

    [Fact]
    public void Previous_notes_dated_after_the_notes_are_a_warning_at_their_date()
    {
        var dir = CliRunner.TempDir();
        var result = Render(TestPaths.SampleNotes, Day2, dir);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{Day2}:4:11: warning RF2102: the previous notes (--since) are dated 2022-01-12, after these notes (2022-01-11)", result.Stderr);
    }

    [Fact]
    public void Previous_notes_against_the_schema_are_errors_located_in_that_file()
    {
        var dir = CliRunner.TempDir();
        var previous = Path.Combine(dir, "previous.json");
        File.WriteAllText(previous, "{ \"title\": \"T\", \"date\": \"2022-01-10\",\n  \"talks\": [ { \"title\": \"no id\", \"date\": \"2022-01-10\" } ] }");
        var result = Render(Day2, previous, dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{previous}:2:14: error RF2101: the previous notes (--since) are not notes of the template 'daily-briefing': /talks/0: ",
            result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")) && Directory.EnumerateFiles(Path.Combine(dir, "out")).Any());
    }

    [Fact]
    public void Notes_of_another_template_are_an_error_at_the_field_the_template_does_not_know()
    {
        var dir = CliRunner.TempDir();
        var previous = Path.Combine(dir, "showcase.json");
        File.WriteAllText(previous, "{ \"title\": \"T\", \"date\": \"2022-01-10\",\n  \"intro\": \"Another template's notes\" }");
        var result = Render(Day2, previous, dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{previous}:2:12: error RF2101: the previous notes (--since) are not notes of the template 'daily-briefing': its schema has no " +
            "field 'intro'", result.Stderr);
    }

    [Fact]
    public void A_previous_file_that_is_not_notes_keeps_its_own_code_and_says_which_file_it_is()
    {
        var dir = CliRunner.TempDir();
        var array = Path.Combine(dir, "array.json");
        File.WriteAllText(array, "[1, 2]");
        var result = Render(Day2, array, dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{array}:1:1: error RF1002: the previous notes (--since): the notes must be a JSON object", result.Stderr);

        var missing = Path.Combine(dir, "missing.json");
        var gone = Render(Day2, missing, dir);
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains($"{missing}: error RF1001: the previous notes (--since): ", gone.Stderr);
    }
}
