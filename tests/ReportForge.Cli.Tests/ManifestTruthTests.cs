using System.Text.Json;
using ReportForge.Batch;

namespace ReportForge.Tests;

/// <summary>
/// out/manifest.json lists the files that are there, with the hash of their bytes, whatever happened to the build: a full
/// disk, a job that meets a bug, notes that change under it, files removed or edited between builds.
/// </summary>
public sealed class ManifestTruthTests
{
    private static (string Dir, string Manifest, string Templates) Workspace(params string[] names)
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        foreach (var name in names) File.WriteAllText(Path.Combine(dir, "input", name + ".json"), OutputTree.TinyNotes(name));
        var manifest = Path.Combine(dir, "reportforge.json");
        File.WriteAllText(manifest, """{ "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");
        return (dir, manifest, templates);
    }

    private static JsonElement ManifestOf(string dir)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "out", "manifest.json")));
        return document.RootElement.Clone();
    }

    [Fact]
    public void On_a_full_disk_the_manifest_still_lists_the_earlier_files_that_are_there()
    {
        var (dir, manifest, templates) = Workspace("a", "b", "c");
        Assert.Equal(0, CliRunner.InProcess("build", "-m", manifest, "--templates", templates).ExitCode);
        var before = OutputTree.AssertManifestMatchesFiles(dir);
        Assert.Equal(6, before.Count);

        FailingStream.FailWritesOf(".pdf", FailingStream.DiskFull);
        var full = CliRunner.InProcess("build", "-m", manifest, "--templates", templates, "--force");

        Assert.Equal(1, full.ExitCode);
        Assert.Equal(3, full.Stderr.Split('\n').Count(l => l.Contains("error RF1401: cannot write the output: the disk is full; no file of this job was written", StringComparison.Ordinal)));
        // Every earlier file is still there and still listed, with its hash, as kept; the failures are listed too.
        Assert.Equal(before, OutputTree.AssertManifestMatchesFiles(dir));
        var written = ManifestOf(dir);
        Assert.All(written.GetProperty("artifacts").EnumerateArray(), a => Assert.True(a.GetProperty("kept").GetBoolean()));
        Assert.Equal(3, written.GetProperty("failures").GetArrayLength());
        Assert.Empty(OutputTree.LeftOvers(Path.Combine(dir, "out")));

        AtomicFile.StreamWrapper.Value = null;
        Assert.All(BuildRunner.Run(BuildManifest.Load(manifest).Value, new BuildOptions { TemplateFolders = [templates] }).Jobs, j => Assert.True(j.Skipped));
    }

    [Fact]
    public void A_job_that_meets_a_bug_fails_alone_and_the_manifest_is_written()
    {
        var (dir, manifest, templates) = Workspace("a", "b", "c");
        AtomicFile.StreamWrapper.Value = (path, stream) =>
            path.EndsWith("b.docx", StringComparison.Ordinal) ? throw new InvalidOperationException("a bug in writing b.docx") : stream;

        var result = CliRunner.InProcess("build", "-m", manifest, "--templates", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/b.json: error RF1999: internal error: a bug in writing b.docx (this is a bug in ReportForge; the other jobs were still run)", result.Stderr);
        Assert.Equal(["out/a.docx", "out/a.pdf", "out/c.docx", "out/c.pdf"], OutputTree.AssertManifestMatchesFiles(dir).Keys.Order());
        var failure = Assert.Single(ManifestOf(dir).GetProperty("failures").EnumerateArray());
        Assert.Equal("input/b.json", failure.GetProperty("input").GetString());
        Assert.Equal("RF1999", failure.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(File.Exists(Path.Combine(dir, "out", "b.pdf")), "b's PDF was put in place without its DOCX");
        Assert.Empty(OutputTree.LeftOvers(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Notes_that_crash_a_reader_fail_their_own_job_only_and_the_manifest_is_written()
    {
        var (dir, manifest, templates) = Workspace("a", "b", "c");
        File.WriteAllText(manifest, """{ "output": "{date}-{name}.{format}", "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");
        // A date that .NET cannot hold as a string (a lone surrogate): read while the outputs are planned and again in the render.
        File.WriteAllText(Path.Combine(dir, "input", "b.json"), """{ "title": "B", "date": "\ud800", "body": "x" }""");

        var result = CliRunner.InProcess("build", "-m", manifest, "--templates", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("failed input/b.json (tiny)", result.Stdout);
        Assert.Equal(["out/2022-01-11-a.docx", "out/2022-01-11-a.pdf", "out/2022-01-11-c.docx", "out/2022-01-11-c.pdf"],
            OutputTree.AssertManifestMatchesFiles(dir).Keys.Order());
        Assert.Equal("input/b.json", Assert.Single(ManifestOf(dir).GetProperty("failures").EnumerateArray()).GetProperty("input").GetString());
    }

    [Theory]
    [InlineData("""{ "title": "B", "date": "2022-01-11", "body": "x\udc00" }""", "RF1006", "input/b.json:1:49")]
    [InlineData("""{ "title": "B", "date": "2022-01-11", "body": "x", "n": 1e308 }""", "RF1007", "input/b.json:1:57")]
    [InlineData("""{ "title": "B", "date": "2022-01-11", "date": 5, "body": 7 }""", "RF1008", "input/b.json:1:39")]
    public void Notes_values_dotnet_cannot_hold_fail_their_own_job_with_a_located_error(string notes, string code, string at)
    {
        var (dir, manifest, templates) = Workspace("a", "b", "c");
        File.WriteAllText(manifest, """{ "output": "{name}.{format}", "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");
        File.WriteAllText(Path.Combine(dir, "input", "b.json"), notes);

        var result = CliRunner.InProcess("build", "-m", manifest, "--templates", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("failed input/b.json (tiny)", result.Stdout);
        Assert.Contains($"{at}: error {code}:", result.Stdout + result.Stderr);
        Assert.Equal(["out/a.docx", "out/a.pdf", "out/c.docx", "out/c.pdf"], OutputTree.AssertManifestMatchesFiles(dir).Keys.Order());
    }

    [Fact]
    public void Notes_that_change_while_the_build_runs_so_that_a_job_would_write_another_file_are_RF1504()
    {
        var (dir, manifest, templates) = Workspace("a");
        File.WriteAllText(manifest, """{ "output": "{date}/{name}.{format}", "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");
        var notes = Path.Combine(dir, "input", "a.json");

        var result = BuildRunner.Run(BuildManifest.Load(manifest).Value, new BuildOptions { TemplateFolders = [templates] }, e =>
        {
            if (e.Kind == BuildEventKind.Started) File.WriteAllText(notes, File.ReadAllText(notes).Replace("2022-01-11", "2022-02-22", StringComparison.Ordinal));
        });

        var error = Assert.Single(Assert.Single(result.Jobs).Diagnostics);
        Assert.Equal("input/a.json: error RF1504: the notes changed while the build ran: this job would now write out/2022-02-22/a.pdf, which was not planned; "
            + "nothing of this job was written; run the build again", error.ToString());
        Assert.False(Directory.Exists(Path.Combine(dir, "out", "2022-02-22")));
    }

    [Fact]
    public void Files_removed_or_edited_since_the_last_build_are_not_listed_as_they_were()
    {
        var (dir, manifest, templates) = Workspace("a", "b");
        Assert.Equal(0, CliRunner.InProcess("build", "-m", manifest, "--templates", templates, "--shard", "1/2").ExitCode);
        Assert.Equal(0, CliRunner.InProcess("build", "-m", manifest, "--templates", templates, "--shard", "2/2").ExitCode);
        Assert.Equal(4, OutputTree.AssertManifestMatchesFiles(dir).Count);

        // Shard 1's files change between builds; shard 2's build lists what is there now.
        File.Delete(Path.Combine(dir, "out", "a.docx"));
        File.WriteAllText(Path.Combine(dir, "out", "a.pdf"), "edited by hand");
        Assert.Equal(0, CliRunner.InProcess("build", "-m", manifest, "--templates", templates, "--shard", "2/2").ExitCode);

        Assert.Equal(["out/a.pdf", "out/b.docx", "out/b.pdf"], OutputTree.AssertManifestMatchesFiles(dir).Keys.Order());
        var edited = ManifestOf(dir).GetProperty("artifacts").EnumerateArray().Single(a => a.GetProperty("path").GetString() == "out/a.pdf");
        Assert.True(edited.GetProperty("kept").GetBoolean());
        Assert.Equal("", edited.GetProperty("key").GetString());

        // Its job is not up to date from that entry: shard 1 writes it again.
        Assert.Equal(0, CliRunner.InProcess("build", "-m", manifest, "--templates", templates, "--shard", "1/2").ExitCode);
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(dir, "out", "a.pdf")));
        Assert.Equal(4, OutputTree.AssertManifestMatchesFiles(dir).Count);
    }
}
