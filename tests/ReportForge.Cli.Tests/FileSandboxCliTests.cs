using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ReportForge.Tests;

/// <summary>
/// Through the real command line: links out of a template never reach an output (the process environment least of
/// all), paths named on the command line must be files or folders as meant, and FIFOs and /dev/zero are refused at
/// once with exit 1. Every case is hang-guarded.
/// </summary>
public sealed class FileSandboxCliTests : IDisposable
{
    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>A copy of the shipped templates (with _shared) under the temporary folder, and the sample notes beside them.</summary>
    private string CopyTemplates()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Templates, "*", SearchOption.AllDirectories))
            File.Copy(file, _files.PathOf(Path.Combine("templates", Path.GetRelativePath(TestPaths.Templates, file))));
        File.Copy(TestPaths.SampleNotes, _files.PathOf("notes.json"));
        return Path.Combine(_files.Dir, "templates");
    }

    private static string DocxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Fact]
    public void A_partial_linked_to_the_process_environment_is_an_error_and_the_environment_reaches_no_output()
    {
        CopyTemplates();
        var secret = "rf-secret-" + Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string> { ["RF_TEST_TOKEN"] = secret };
        File.Delete(_files.PathOf("templates/_shared/partials/sources.sbn"));
        _files.Link("templates/daily-briefing/partials/sources.sbn", "/proc/self/environ");

        var used = CliRunner.Process(_files.Dir, environment, "render", "notes.json", "-o", "out");

        Assert.Equal(1, used.ExitCode);
        Assert.Matches(new Regex(@"^templates/_shared/layouts/base\.sbn:5:5: error RF1113: the partial 'sources' \(templates/daily-briefing/partials/sources\.sbn\) "
            + @"leads through a symbolic link to /proc/\d+/environ, outside the template's folders \(templates/daily-briefing and templates/_shared\)\n$"), used.Stderr);
        Assert.DoesNotContain(secret, used.Stdout + used.Stderr);
        Assert.False(Directory.Exists(_files.PathOf("out")));
    }

    [Fact]
    public void Links_a_template_does_not_use_are_never_read_and_the_report_holds_none_of_their_text()
    {
        CopyTemplates();
        var secret = "rf-secret-" + Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string> { ["RF_TEST_TOKEN"] = secret };
        _files.Link("templates/daily-briefing/partials/env.sbn", "/proc/self/environ");
        _files.Link("templates/daily-briefing/assets/env.png", "/proc/self/environ");
        _files.Link("templates/daily-briefing/loop", ".");
        _files.Link("templates/daily-briefing/usr", "/usr");
        File.WriteAllText(_files.PathOf("reportforge.json"), """
            { "output_dir": "out", "jobs": [ { "notes": "notes.json", "template": "daily-briefing", "formats": ["pdf", "docx"] } ] }
            """);

        var built = CliRunner.Process(_files.Dir, environment, "build", "--templates", "templates");

        Assert.True(built.ExitCode == 0, built.Stderr);
        var text = Readers.PdfText(_files.PathOf("out/notes.pdf"));
        Assert.Contains("Stoltenberg", text);
        Assert.DoesNotContain(secret, text);
        Assert.DoesNotContain(secret, DocxText(_files.PathOf("out/notes.docx")));
        Assert.DoesNotContain(secret, File.ReadAllText(_files.PathOf("out/manifest.json")));
        Assert.DoesNotContain(secret, built.Stdout + built.Stderr);
    }

    [Fact]
    public void Dev_zero_as_notes_or_reference_document_is_exit_1_at_once()
    {
        var notes = CliRunner.InProcess("render", "/dev/zero", "--templates", TestPaths.Templates, "-o", _files.PathOf("out"));
        Assert.Equal(1, notes.ExitCode);
        Assert.Equal("/dev/zero: error RF1005: the notes file is a character device; only regular files are read", notes.Stderr.Trim());

        var reference = CliRunner.InProcess("render", TestPaths.SampleNotes, "--templates", TestPaths.Templates, "-o", _files.PathOf("out"),
            "--reference-doc", "/dev/zero");
        Assert.Equal(1, reference.ExitCode);
        Assert.Equal("/dev/zero: error RF1602: the reference document is a character device; only regular files are read", reference.Stderr.Trim());
        Assert.False(Directory.Exists(_files.PathOf("out")));
    }

    [Fact]
    public void A_fifo_as_notes_or_as_the_entry_template_is_exit_1_without_waiting()
    {
        var fifo = _files.Fifo("pipe.json");
        var notes = _files.WithoutHanging(() => CliRunner.InProcess("render", fifo, "--templates", TestPaths.Templates, "-o", _files.PathOf("out")));
        Assert.Equal(1, notes.ExitCode);
        Assert.Equal($"{fifo}: error RF1005: the notes file is a FIFO (named pipe); only regular files are read", notes.Stderr.Trim());

        var templates = CopyTemplates();
        File.Delete(_files.PathOf("templates/daily-briefing/template.sbn"));
        _files.Fifo("templates/daily-briefing/template.sbn");
        var entry = _files.WithoutHanging(() => CliRunner.InProcess("render", _files.PathOf("notes.json"), "--templates", templates, "-o", _files.PathOf("out")));
        Assert.Equal(1, entry.ExitCode);
        Assert.EndsWith("templates/daily-briefing/template.sbn: error RF1114: the entry template is a FIFO (named pipe); only regular files are read", entry.Stderr.Trim());
        Assert.False(Directory.Exists(_files.PathOf("out")));
    }

    [Fact]
    public void Output_and_template_folders_must_be_folders()
    {
        var output = CliRunner.InProcess("render", TestPaths.SampleNotes, "--templates", TestPaths.Templates, "-o", "/dev/zero");
        Assert.Equal(1, output.ExitCode);
        Assert.Equal("/dev/zero: error RF1401: cannot create the output folder: it is a character device", output.Stderr.Trim());

        var fifo = _files.Fifo("templates");
        var templates = _files.WithoutHanging(() => CliRunner.InProcess("render", TestPaths.SampleNotes, "--templates", fifo, "-o", _files.PathOf("out")));
        Assert.Equal(2, templates.ExitCode);
        Assert.Equal($"{fifo}: error RF1901: --templates {fifo}: it is a FIFO (named pipe), not a folder of templates", templates.Stderr.Trim());
    }
}
