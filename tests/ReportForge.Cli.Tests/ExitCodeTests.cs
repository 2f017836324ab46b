using ReportForge.Cli;

namespace ReportForge.Tests;

/// <summary>The CLI exits 0, 1 or 2 and nothing else; SOURCE_DATE_EPOCH past the year 9999 is warned about, not crashed on.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void A_bug_exits_1_like_any_failure()
    {
        // RF1999 on stderr tells a bug from bad input; callers in CI know only 0, 1 and 2.
        Assert.Equal([0, 1, 2, 1], new[] { CliApp.Ok, CliApp.Failed, CliApp.UsageError, CliApp.InternalError });
    }

    [Fact]
    public void Source_date_epoch_after_the_year_9999_is_ignored_with_a_warning()
    {
        var dir = CliRunner.TempDir();
        var result = CliRunner.Process(dir, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "253402300800" }, "render", "-f", "pdf");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("reportforge: warning RF1901: SOURCE_DATE_EPOCH='253402300800' is after the year 9999 (the latest is 253402300799); ignored", result.Stderr.Trim());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(dir, "out", "talks-2022-01-11.pdf"));
        Assert.StartsWith("D:20220111000000", pdf.Information.CreationDate);
    }

    [Fact]
    public void The_last_second_of_9999_is_a_valid_source_date_epoch()
    {
        var dir = CliRunner.TempDir();
        var result = CliRunner.Process(dir, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "253402300799" }, "render", "-f", "pdf");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(dir, "out", "talks-2022-01-11.pdf"));
        Assert.StartsWith("D:99991231235959", pdf.Information.CreationDate);
    }
}
