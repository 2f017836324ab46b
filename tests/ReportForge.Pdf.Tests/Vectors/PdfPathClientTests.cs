namespace ReportForge.Pdf.Tests.Vectors;

/// <summary>The hand-drawn chart checked by real clients: qpdf reads it clean, poppler renders and extracts it without complaint.</summary>
[Trait("Category", "Client")]
public sealed class PdfPathClientTests
{
    private static string Written(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rf-vectors-{name}-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, PdfPathTests.Write());
        return path;
    }

    [Fact]
    public void Qpdf_finds_no_errors_and_no_warnings()
    {
        var check = ClientTools.Run("qpdf", "qpdf", "--check", Written("qpdf"));
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain("WARNING", check.Stdout + check.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors", check.Stdout);
    }

    [Fact]
    public void Poppler_renders_and_extracts_the_page_without_a_message()
    {
        var pdf = Written("poppler");
        var render = ClientTools.Run("pdftoppm", "poppler-utils", "-png", "-r", "30", "-f", "1", "-l", "1", pdf, pdf[..^4]);
        Assert.Equal(0, render.ExitCode);
        Assert.Empty(render.Stderr.Trim());
        var text = ClientTools.Run("pdftotext", "poppler-utils", pdf, "-");
        Assert.Empty(text.Stderr.Trim());
        Assert.Contains("Talks at a glance", text.Stdout);
        // The bars' labels; the rotated axis title poppler leaves out, as it may the diagonal watermark (PdfPig reads it).
        Assert.Equal(["3", "2", "1"], text.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1..4]);
        var images = ClientTools.Run("pdfimages", "poppler-utils", "-list", pdf);
        Assert.Equal(2, images.Stdout.Trim().Split('\n').Length);
    }
}
