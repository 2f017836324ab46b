using System.Text.RegularExpressions;
using ReportForge.Batch;
using ReportForge.Runtime;

namespace ReportForge.Tests;

/// <summary>
/// The budgets of the stages after the template, asserted through their error codes: a limit far below what the sample
/// needs is exceeded on any machine, busy or not. Nothing of a stopped report is written.
/// </summary>
public sealed class StageLimitTests
{
    private static readonly TimeSpan Tiny = TimeSpan.FromTicks(1);

    private static ReportResult Render(StageLimits limits, string output, params string[] formats) =>
        ReportEngine.Render(new ReportRequest { NotesPath = TestPaths.SampleNotes, OutputDirectory = output, Limits = limits, Formats = formats });

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void A_layout_past_its_processor_time_is_RF1305_and_writes_nothing(string format)
    {
        var output = CliRunner.TempDir();
        var result = Render(StageLimits.Default with { Layout = Tiny }, output, format);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RF1305", error.Code);
        Assert.StartsWith("the PDF layout used more than 0 s of processor time and was stopped", error.Message);
        Assert.Contains("--layout-timeout", error.Message);
        Assert.Empty(result.Written);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.*").Any(f => f.EndsWith(".pdf") || f.EndsWith(".docx")));
    }

    [Fact]
    public void A_word_writer_past_its_processor_time_is_RF1306_at_the_block_it_reached()
    {
        var output = CliRunner.TempDir();
        var result = Render(StageLimits.Default with { Word = Tiny }, output, "pdf", "docx");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RF1306", error.Code);
        Assert.Matches(new Regex(@"^the Word writer used more than 0 s of processor time and was stopped \(markup line \d+\)"), error.Message);
        Assert.EndsWith("template.sbn", error.Location!.File);
        Assert.True(error.Location.Line > 0);
        Assert.Empty(result.Written);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
    }

    [Fact]
    public void A_report_that_allocates_past_its_limit_is_RF1307()
    {
        var result = Render(StageLimits.Default with { AllocatedBytes = 1 << 20 }, CliRunner.TempDir());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RF1307", error.Code);
        Assert.StartsWith("the report allocated more than 1 MiB by the end of the ", error.Message);
        Assert.Contains("--max-allocated", error.Message);
        Assert.Empty(result.Written);
    }

    [Fact]
    public void The_default_limits_render_the_sample()
    {
        var result = Render(StageLimits.Default, CliRunner.TempDir(), "pdf", "docx");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Written.Count);
    }

    [Theory]
    [InlineData("--layout-timeout", "0.0000001", "RF1305")]
    [InlineData("--word-timeout", "0.0000001", "RF1306")]
    [InlineData("--max-allocated", "1", "RF1307")]
    public void The_command_line_sets_each_limit(string option, string value, string code)
    {
        var output = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, option, value);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error {code}: ", result.Stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
    }

    [Theory]
    [InlineData("--layout-timeout", "0", "the limit must be more than 0 and at most 3600 seconds")]
    [InlineData("--word-timeout", "NaN", "the limit must be more than 0 and at most 3600 seconds")]
    [InlineData("--max-allocated", "0", "the limit must be at least 1 and at most 1048576 MiB")]
    [InlineData("--max-heap", "10", "the heap limit must be 0 (no limit of ReportForge's own) or at least 64 MiB")]
    public void An_out_of_range_limit_is_a_usage_error(string option, string value, string problem)
    {
        foreach (var command in new[] { "render", "build", "watch" })
        {
            var args = command == "build" ? new[] { "build", option, value } : [command, TestPaths.SampleNotes, option, value];
            var result = CliRunner.InProcess(args);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"reportforge: error RF1901: {option}: {problem}", result.Stderr);
        }
    }

    [Fact]
    public void The_manifest_sets_the_limits_and_the_command_line_overrides_them()
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        File.Copy(TestPaths.SampleNotes, Path.Combine(dir, "input", "notes.json"));
        var path = Path.Combine(dir, "reportforge.json");
        File.WriteAllText(path, """{ "layout_timeout": 0.0000001, "word_timeout": 120, "max_allocated": 65536, "jobs": [ { "notes": "input/*.json" } ] }""");
        var manifest = BuildManifest.Load(path);
        Assert.True(manifest.Succeeded, string.Join("\n", manifest.Diagnostics));
        Assert.Equal(TimeSpan.FromSeconds(120), manifest.Value.Limits.Word);
        Assert.Equal(65536L << 20, manifest.Value.Limits.AllocatedBytes);

        var build = BuildRunner.Run(manifest.Value, new BuildOptions());
        Assert.Equal("RF1305", Assert.Single(build.Jobs).Diagnostics.Single().Code);

        var overridden = CliRunner.InProcess("build", "-m", path, "--layout-timeout", "120");
        Assert.Equal(0, overridden.ExitCode);
    }

    [Fact]
    public void Bad_manifest_limits_are_located_RF1501()
    {
        var path = Path.Combine(CliRunner.TempDir(), "reportforge.json");
        File.WriteAllText(path, """
            { "layout_timeout": "soon", "word_timeout": -1, "max_allocated": 0.5,
              "jobs": [ { "notes": "*.json" } ] }
            """);
        var messages = BuildManifest.Load(path).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.Contains("error RF1501: /layout_timeout: 'layout_timeout' must be a number of seconds", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("error RF1501: /word_timeout: the limit must be more than 0", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("error RF1501: /max_allocated: it must be a whole number of MiB", StringComparison.Ordinal));
    }

    [Fact]
    public void The_library_sets_no_process_wide_limit()
    {
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", CliRunner.TempDir(), "--max-heap", "64");
        Assert.Equal(0, result.ExitCode);
        // --max-heap is the reportforge program's: a host (here the test process) keeps its own heap and collections.
        Assert.Null(AppContext.GetData("GCHeapHardLimit"));
        Assert.False(StageMemory.Enabled);
    }

    [Fact]
    public void The_program_runs_under_its_heap_limit()
    {
        var dir = CliRunner.TempDir();
        var result = CliRunner.Process(dir, null, "render", TestPaths.SampleNotes, "-o", Path.Combine(dir, "out"), "--max-heap", "256");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, "out", "talks-2022-01-11.pdf")));
    }
}
