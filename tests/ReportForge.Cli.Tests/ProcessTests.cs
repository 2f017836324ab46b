namespace ReportForge.Tests;

/// <summary>The real executable: a bare run in an empty folder uses the built-in sample and template.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void A_bare_run_renders_the_built_in_sample_into_out()
    {
        var dir = CliRunner.TempDir();
        var result = CliRunner.Process(dir, null);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(Path.Combine(dir, "out", "talks-2022-01-11.pdf")));
        Assert.True(File.Exists(Path.Combine(dir, "out", "talks-2022-01-11.docx")));
        Assert.Contains("Stoltenberg", Readers.PdfText(Path.Combine(dir, "out", "talks-2022-01-11.pdf")));
    }

    [Fact]
    public void Source_date_epoch_sets_the_document_dates()
    {
        var dir = CliRunner.TempDir();
        var result = CliRunner.Process(dir, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" }, "render", "-f", "pdf");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(dir, "out", "talks-2022-01-11.pdf"));
        Assert.StartsWith("D:20231114221320", pdf.Information.CreationDate);
    }

    [Fact]
    public void Errors_exit_non_zero_as_a_process()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "bad.json"), "[1, 2");
        var result = CliRunner.Process(dir, null, "render", "bad.json");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("bad.json:1:6: error RF1002:", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }
}
