using ReportForge.Batch;

namespace ReportForge.Tests;

/// <summary>
/// A build compares each job with its previous notes: the file its <c>since</c> names, else the last different notes it
/// rendered, remembered in <c>.reportforge/state/</c> outside the output folder.
/// </summary>
public sealed class BuildSinceTests
{
    private static string Workspace(string? since = null)
    {
        var dir = CliRunner.TempDir();
        var template = Directory.CreateDirectory(Path.Combine(dir, "templates", "since-tiny")).FullName;
        File.WriteAllText(Path.Combine(template, "template.json"), """{ "name": "since-tiny", "formats": ["pdf"] }""");
        File.WriteAllText(Path.Combine(template, "schema.json"), """
            { "type": "object", "required": ["date"], "properties": { "date": { "type": "string" },
              "talks": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "status": { "type": "string" } } } } } }
            """);
        File.WriteAllText(Path.Combine(template, "template.sbn"),
            "# Day {{ date }}\n\n{{ if changes }}Since {{ changes.since }}:{{ for c in changes.talks.changed }} {{ c.item.id }}{{ end }}" +
            "{{ else }}No previous notes{{ end }}\n");
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        WriteNotes(dir, "2022-01-11", "scheduled");
        var sinceKey = since is null ? "" : $", \"since\": {since}";
        File.WriteAllText(Path.Combine(dir, "reportforge.json"),
            $$"""{ "output_dir": "out", "jobs": [ { "notes": "input/today.json", "template": "since-tiny"{{sinceKey}} } ] }""");
        return dir;
    }

    private static void WriteNotes(string dir, string date, string status, string file = "today.json") =>
        File.WriteAllText(Path.Combine(dir, "input", file), $$"""{ "date": "{{date}}", "talks": [ { "id": "brussels", "status": "{{status}}" } ] }""");

    private static (BuildResult Result, string Text) Build(string dir, bool force = false)
    {
        var manifest = BuildManifest.Load(Path.Combine(dir, "reportforge.json"));
        Assert.True(manifest.Succeeded, string.Join("\n", manifest.Diagnostics));
        var result = BuildRunner.Run(manifest.Value, new BuildOptions { TemplateFolders = [Path.Combine(dir, "templates")], Force = force });
        Assert.True(result.Jobs.All(j => j.Succeeded), string.Join("\n", result.Jobs.SelectMany(j => j.Diagnostics)));
        return (result, Readers.PdfText(Path.Combine(dir, "out", "today.pdf")));
    }

    [Fact]
    public void The_build_remembers_the_last_different_notes_and_a_forced_rerun_does_not_compare_a_day_with_itself()
    {
        var dir = Workspace();
        Assert.Contains("No previous notes", Build(dir).Text);
        var state = Path.Combine(dir, ".reportforge", "state", "since-tiny", "input");
        Assert.True(File.Exists(Path.Combine(state, "today.last.json")));
        Assert.False(Directory.Exists(Path.Combine(dir, "out", ".reportforge", "state")));

        WriteNotes(dir, "2022-01-12", "held");
        Assert.Contains("Since 2022-01-11: brussels", Build(dir).Text);

        var forced = Build(dir, force: true);
        Assert.False(forced.Result.Jobs.Single().Skipped);
        Assert.Contains("Since 2022-01-11: brussels", forced.Text);

        var again = Build(dir);
        Assert.True(again.Result.Jobs.Single().Skipped);
        Assert.Contains("Since 2022-01-11: brussels", again.Text);
    }

    [Fact]
    public void A_job_that_names_its_previous_notes_compares_with_them_and_rebuilds_when_they_change()
    {
        var dir = Workspace("\"input/yesterday.json\"");
        WriteNotes(dir, "2022-01-10", "scheduled", "yesterday.json");
        WriteNotes(dir, "2022-01-11", "held");
        Assert.Contains("Since 2022-01-10: brussels", Build(dir).Text);
        Assert.False(Directory.Exists(Path.Combine(dir, ".reportforge", "state")));

        // The previous notes' hash is part of the job's fingerprint.
        WriteNotes(dir, "2022-01-10", "held", "yesterday.json");
        var rebuilt = Build(dir);
        Assert.False(rebuilt.Result.Jobs.Single().Skipped);
        Assert.Contains("Since 2022-01-10:", rebuilt.Text);
        Assert.DoesNotContain("brussels", rebuilt.Text);
    }

    [Fact]
    public void Since_false_turns_the_comparison_off()
    {
        var dir = Workspace("false");
        Build(dir);
        WriteNotes(dir, "2022-01-12", "held");
        Assert.Contains("No previous notes", Build(dir).Text);
    }

    [Fact]
    public void A_damaged_state_file_is_a_warning_and_a_report_without_changes()
    {
        var dir = Workspace();
        Build(dir);
        File.WriteAllText(Path.Combine(dir, ".reportforge", "state", "since-tiny", "input", "today.last.json"), "{ broken");
        WriteNotes(dir, "2022-01-12", "held");
        var (result, text) = Build(dir);
        Assert.Contains("No previous notes", text);
        var warning = Assert.Single(result.Jobs.Single().Diagnostics, d => d.Code == "RF2103");
        Assert.Equal(".reportforge/state/since-tiny/input/today.last.json", warning.Location!.File);
        Assert.StartsWith("the remembered previous notes cannot be used: ", warning.Message, StringComparison.Ordinal);

        // That run remembered its own notes afresh: the next day compares with them.
        WriteNotes(dir, "2022-01-13", "cancelled");
        Assert.Contains("Since 2022-01-12: brussels", Build(dir).Text);
    }

    [Fact]
    public void A_since_leaving_the_manifests_folder_is_a_located_manifest_error()
    {
        var dir = Workspace("\"../elsewhere.json\"");
        var manifest = BuildManifest.Load(Path.Combine(dir, "reportforge.json"));
        var error = Assert.Single(manifest.Diagnostics);
        Assert.Equal("RF1113", error.Code);
        Assert.Equal("/jobs/0/since", error.Location!.Pointer);
    }
}
