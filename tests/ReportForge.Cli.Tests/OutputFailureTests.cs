using System.Text.Json;
using ReportForge.Batch;

namespace ReportForge.Tests;

/// <summary>
/// Outputs that cannot be written: a folder that is a file, a write that fails half-way, a full disk (the last
/// two injected through <see cref="AtomicFile.StreamWrapper"/>, since root ignores read-only permissions), and
/// names that lead outside the output folder. Each is a located RF14xx error with exit code 1; the previous
/// artifacts stay byte-identical and no temporary file is left behind.
/// </summary>
public sealed class OutputFailureTests
{
    private static IOException DiskFull() => FailingStream.DiskFull();

    private static void FailWritesOf(string suffix, Func<Exception> fault) => FailingStream.FailWritesOf(suffix, fault);

    private static (string Dir, string Output, byte[] Pdf, byte[] Docx) PreviousReport()
    {
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        var pdf = "%PDF previous report"u8.ToArray();
        var docx = "PK previous report"u8.ToArray();
        File.WriteAllBytes(Path.Combine(output, "talks-2022-01-11.pdf"), pdf);
        File.WriteAllBytes(Path.Combine(output, "talks-2022-01-11.docx"), docx);
        return (dir, output, pdf, docx);
    }

    private static void AssertUntouched(string output, byte[] pdf, byte[] docx)
    {
        Assert.Equal(pdf, File.ReadAllBytes(Path.Combine(output, "talks-2022-01-11.pdf")));
        Assert.Equal(docx, File.ReadAllBytes(Path.Combine(output, "talks-2022-01-11.docx")));
        // Beside them only the state folder (the lock); no temporary file, no backup, no journal.
        Assert.Equal([".reportforge", "talks-2022-01-11.docx", "talks-2022-01-11.pdf"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order().ToList());
        Assert.Equal(["lock"], Directory.EnumerateFileSystemEntries(Path.Combine(output, ".reportforge")).Select(Path.GetFileName).ToList());
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_RF1401_naming_it()
    {
        var dir = CliRunner.TempDir();
        var output = Path.Combine(dir, "out");
        File.WriteAllText(output, "not a folder");
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "--templates", TestPaths.Templates);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{output}: error RF1401: cannot create the output folder: a file of that name is in the way", result.Stderr.Trim());
        Assert.Equal("not a folder", File.ReadAllText(output));
    }

    [Fact]
    public void A_write_failing_half_way_leaves_both_previous_files_and_no_temporary_file()
    {
        var (_, output, pdf, docx) = PreviousReport();
        FailWritesOf(".docx", () => new IOException("Input/output error"));

        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "--templates", TestPaths.Templates);

        Assert.Equal(1, result.ExitCode);
        var docxPath = Path.Combine(output, "talks-2022-01-11.docx");
        Assert.Equal($"{docxPath}: error RF1401: cannot write the output: Input/output error; no file of this report was written, and earlier ones are as they were", result.Stderr.Trim());
        Assert.Empty(result.Stdout);
        // The PDF was written to its temporary file in full, but is not renamed into place without the DOCX.
        AssertUntouched(output, pdf, docx);
    }

    [Fact]
    public void A_full_disk_says_so_and_leaves_the_previous_files()
    {
        var (_, output, pdf, docx) = PreviousReport();
        FailWritesOf(".pdf", DiskFull);

        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "--templates", TestPaths.Templates);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{Path.Combine(output, "talks-2022-01-11.pdf")}: error RF1401: cannot write the output: the disk is full;", result.Stderr);
        AssertUntouched(output, pdf, docx);
    }

    [Fact]
    public void A_file_name_leading_outside_the_output_folder_is_RF1402()
    {
        var output = Path.Combine(CliRunner.TempDir(), "out");
        var result = ReportEngine.Render(new ReportRequest { ItemName = "../escaped", ItemIndex = 0, OutputDirectory = output, TemplateFolders = [TestPaths.Templates], Formats = ["pdf"] });
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("RF1402", error.Code);
        Assert.Contains("'../escaped.pdf' leads outside the output folder", error.Message);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(output)!, "escaped.pdf")));
    }

    [Theory]
    [InlineData("..", "2022-01-11")]
    [InlineData("a", "../../etc")]
    [InlineData(".", "/etc/x")]
    public void Placeholders_cannot_lead_outside_the_output_folder(string name, string date)
    {
        var root = Path.Combine(CliRunner.TempDir(), "out");
        var path = BuildPlanner.OutputPath(root, "{date}/{name}.{format}", name + ".json", date, "t", "pdf");
        Assert.NotNull(path);
        Assert.StartsWith(root + Path.DirectorySeparatorChar, path);
    }

    [Fact]
    public void A_build_output_through_a_symbolic_link_out_of_the_folder_is_RF1402()
    {
        var dir = Workspace(1);
        var elsewhere = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "out", "link"), elsewhere);
        File.WriteAllText(Path.Combine(dir, "reportforge.json"), """
            { "output_dir": "out", "output": "link/{name}.{format}", "jobs": [ { "notes": "input/*.json", "formats": ["pdf"] } ] }
            """);

        var result = CliRunner.InProcess("build", "-m", Path.Combine(dir, "reportforge.json"), "--templates", TestPaths.Templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"reportforge\.json:1:\d+: error RF1402: output pattern 'link/\{name\}\.\{format\}' leads outside the output folder for input/day-1\.json", result.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Theory]
    [InlineData("/tmp/{name}.{format}")]
    [InlineData("sub/../../{name}.{format}")]
    [InlineData("..\\\\{name}.{format}")]
    public void Output_patterns_outside_the_folder_are_refused_when_the_manifest_is_read(string pattern)
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "reportforge.json");
        File.WriteAllText(path, $$"""{ "output": "{{pattern}}", "jobs": [ { "notes": "*.json" } ] }""");
        var error = Assert.Single(BuildManifest.Load(path).Diagnostics);
        Assert.Equal("RF1501", error.Code);
        Assert.Contains("must stay inside the output folder", error.Message);
    }

    private static string Workspace(int count)
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        for (var i = 1; i <= count; i++) File.Copy(TestPaths.SampleNotes, Path.Combine(dir, "input", $"day-{i}.json"));
        File.WriteAllText(Path.Combine(dir, "reportforge.json"), """
            { "output_dir": "out", "jobs": [ { "notes": "input/*.json", "template": "daily-briefing", "formats": ["pdf", "docx"] } ] }
            """);
        return dir;
    }

    [Fact]
    public void In_a_build_a_failed_write_is_in_the_manifest_and_the_other_jobs_are_written()
    {
        var dir = Workspace(3);
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        var previous = "the previous day-2 report"u8.ToArray();
        File.WriteAllBytes(Path.Combine(output, "day-2.pdf"), previous);
        FailWritesOf("day-2.docx", DiskFull);

        var result = CliRunner.InProcess("build", "-m", Path.Combine(dir, "reportforge.json"), "--templates", TestPaths.Templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("out/day-2.docx: error RF1401: cannot write the output: the disk is full; no file of this job was written", result.Stderr);
        Assert.Equal(previous, File.ReadAllBytes(Path.Combine(output, "day-2.pdf")));
        Assert.False(File.Exists(Path.Combine(output, "day-2.docx")));
        foreach (var written in new[] { "day-1.pdf", "day-1.docx", "day-3.pdf", "day-3.docx" }) Assert.True(File.Exists(Path.Combine(output, written)), written);
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, BuildManifestFile.FileName)));
        var failure = Assert.Single(manifest.RootElement.GetProperty("failures").EnumerateArray());
        Assert.Equal("input/day-2.json", failure.GetProperty("input").GetString());
        var error = Assert.Single(failure.GetProperty("errors").EnumerateArray());
        Assert.Equal("RF1401", error.GetProperty("code").GetString());
        Assert.Equal("out/day-2.docx", error.GetProperty("file").GetString());
        Assert.Equal(4, manifest.RootElement.GetProperty("artifacts").GetArrayLength());
    }

    [Fact]
    public void In_a_build_an_output_folder_that_is_a_file_is_one_RF1401_before_any_job_runs()
    {
        var dir = Workspace(1);
        File.WriteAllText(Path.Combine(dir, "out"), "not a folder");

        var result = CliRunner.InProcess("build", "-m", Path.Combine(dir, "reportforge.json"), "--templates", TestPaths.Templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("out: error RF1401: cannot create the output folder: a file of that name is in the way", result.Stderr.Trim());
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(dir, "out")));
    }
}
