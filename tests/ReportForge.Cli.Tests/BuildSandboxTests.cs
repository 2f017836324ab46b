using ReportForge.Batch;
using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>
/// A build reads only inside its folders: the fingerprint never follows a template's links out of it or round a loop,
/// and the notes globs never leave the manifest's folder or count a file twice through a loop.
/// </summary>
public sealed class BuildSandboxTests : IDisposable
{
    private const string Schema = """{ "type": "object", "properties": { "title": { "type": "string" } } }""";

    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>A one-line template under templates/tiny, notes under input/, and a manifest.</summary>
    private void Workspace(string notesPattern = "input/*.json")
    {
        _files.File("templates/tiny/template.json", """{ "name": "tiny", "formats": ["pdf"] }""");
        _files.File("templates/tiny/template.sbn", "# {{ title }}\n");
        _files.File("templates/tiny/schema.json", Schema);
        _files.File("input/a.json", """{ "title": "Alpha" }""");
        _files.File("reportforge.json", $$"""
            { "output_dir": "out", "jobs": [ { "notes": "{{notesPattern}}", "template": "tiny" } ] }
            """);
    }

    private BuildResult Build()
    {
        var manifest = BuildManifest.Load(_files.PathOf("reportforge.json"));
        Assert.True(manifest.Succeeded, string.Join("\n", manifest.Diagnostics));
        return _files.WithoutHanging(() => BuildRunner.Run(manifest.Value, new BuildOptions { Parallelism = 1, TemplateFolders = [_files.PathOf("templates")] }));
    }

    [Fact]
    public void A_template_folder_holding_a_loop_and_a_link_to_usr_builds_and_stays_up_to_date()
    {
        Workspace();
        _files.Link("templates/tiny/loop", ".");
        _files.Link("templates/tiny/usr", "/usr");
        _files.Link("templates/tiny/env", "/proc/self/environ");

        var first = Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Jobs.SelectMany(j => j.Diagnostics)));
        Assert.False(Assert.Single(first.Jobs).Skipped);

        Assert.True(Assert.Single(Build().Jobs).Skipped, "nothing changed, so the second build is up to date");

        File.AppendAllText(_files.PathOf("templates/tiny/template.sbn"), "More.\n");
        Assert.False(Assert.Single(Build().Jobs).Skipped, "a changed template file changes the key");

        File.Delete(_files.PathOf("templates/tiny/usr"));
        _files.Link("templates/tiny/usr", "/usr/share");
        Assert.False(Assert.Single(Build().Jobs).Skipped, "where a link out points is part of the key, though it is never followed");
    }

    [Fact]
    public void The_fingerprint_hashes_what_a_link_out_points_to_never_what_is_there()
    {
        Workspace();
        _files.File("outside/secret.txt", "one");
        _files.Link("templates/tiny/secret.txt", _files.PathOf("outside/secret.txt"));
        var job = new BuildJob(0, "input/a.json", "tiny", ["pdf"], null, "{name}.{format}", SourceLocation.OfFile("reportforge.json"));
        var source = new DirectoryTemplateSource(_files.PathOf("templates/tiny"));
        string Key() => BuildFingerprint.Key(job, [1, 2, 3], source, ["pdf"], null);

        var before = Key();
        File.WriteAllText(_files.PathOf("outside/secret.txt"), "two");
        Assert.Equal(before, Key());
        File.WriteAllText(_files.PathOf("templates/tiny/template.sbn"), "# changed\n");
        Assert.NotEqual(before, Key());
    }

    [Fact]
    public void Notes_globs_stay_in_the_manifest_folder_and_count_each_file_once()
    {
        Workspace("input/**/*.json");
        _files.Link("input/loop", ".");
        _files.Link("input/again", "../input");
        _files.Link("input/passwd.json", "/etc/passwd");
        _files.Link("input/outside", "/usr/share");
        _files.Fifo("input/pipe.json");
        _files.File("data/c.json", """{ "title": "Gamma" }""");
        _files.Link("input/linked.json", "../data/c.json");

        var result = Build();

        Assert.Equal(["input/a.json", "input/linked.json", "input/passwd.json", "input/pipe.json"],
            result.Jobs.Select(j => j.Job.NotesPath).Order(StringComparer.Ordinal));
        Assert.True(result.Jobs.Single(j => j.Job.NotesPath == "input/a.json").Succeeded);
        Assert.True(result.Jobs.Single(j => j.Job.NotesPath == "input/linked.json").Succeeded, "a link inside the manifest's folder is followed");
        var outside = Assert.Single(result.Jobs.Single(j => j.Job.NotesPath == "input/passwd.json").Diagnostics);
        Assert.Equal(ErrorCodes.FileOutsideRoot, outside.Code);
        Assert.Equal(("reportforge.json", 1, 34), (Path.GetFileName(outside.Location!.File), outside.Location.Line, outside.Location.Column)); // the job that named it
        Assert.Equal($"the notes file input/passwd.json leads through a symbolic link to /etc/passwd, outside the manifest's folder ({_files.Dir})", outside.Message);
        var fifo = Assert.Single(result.Jobs.Single(j => j.Job.NotesPath == "input/pipe.json").Diagnostics);
        Assert.Equal("input/pipe.json: error RF1005: the notes file is a FIFO (named pipe); only regular files are read", fifo.ToString());
    }

    [Fact]
    public void A_notes_pattern_that_leaves_the_manifest_folder_is_a_manifest_error()
    {
        Workspace("../elsewhere/*.json");
        var error = Assert.Single(BuildManifest.Load(_files.PathOf("reportforge.json")).Diagnostics);
        Assert.Equal(ErrorCodes.FileOutsideRoot, error.Code);
        Assert.Equal((1, 45), (error.Location!.Line, error.Location.Column));
        Assert.Equal("/jobs/0/notes: notes pattern '../elsewhere/*.json' leaves the manifest's folder; notes are read only from inside it", error.Message);

        var cli = CliRunner.InProcess("build", "-m", _files.PathOf("reportforge.json"));
        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("error RF1113: /jobs/0/notes: notes pattern '../elsewhere/*.json' leaves the manifest's folder", cli.Stderr);
    }

    [Fact]
    public void A_manifest_that_is_a_fifo_or_dev_zero_is_a_manifest_error_at_once()
    {
        var fifo = _files.Fifo("reportforge.json");
        var result = _files.WithoutHanging(() => CliRunner.InProcess("build", "-m", fifo));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{fifo}: error RF1501: the manifest file is a FIFO (named pipe); only regular files are read", result.Stderr.Trim());

        var zero = CliRunner.InProcess("build", "-m", "/dev/zero");
        Assert.Equal(2, zero.ExitCode);
        Assert.Equal("/dev/zero: error RF1501: the manifest file is a character device; only regular files are read", zero.Stderr.Trim());
    }
}
