using ReportForge.Model;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// Devanagari, Bengali and Tamil as poppler draws and reads them: pages compared with committed images, and pdftotext
/// gives the words back as written (the shaped glyphs carry the text in /ActualText). Needs fonts-noto-core.
/// </summary>
[Trait("Category", "Client")]
public sealed class ShapedScriptClientTests
{
    // A conjunct (क्ष, न्द), a reph (र्म), a pre-base vowel sign (कि, ি, ெ), a split vowel sign (ொ).
    private static readonly string[] Words = ["हिन्दी", "क्षत्रिय", "धर्म", "कि", "किताब", "বাংলা", "ভাষা", "কিছু", "தமிழ்", "மொழி", "கெட்ட"];

    private static readonly Lazy<string> Pdf = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"rf-client-indic-{Environment.ProcessId}.pdf");
        var result = PdfReportWriter.Write(Document(), ShapingTests.IndicTheme());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        File.WriteAllBytes(path, result.Value.Bytes);
        return path;
    });

    internal static Document Document() => Docs.Document(
        Docs.H(1, "हिन्दी क्षत्रिय", "hindi"),
        Docs.Para("हिन्दी क्षत्रिय कि धर्म किताब — Latin between: हिन्दी."),
        new Paragraph([new TextRun("बोल्ड धर्म", TextStyle.Bold), new TextRun(" and "), new TextRun("तिरछा कि", TextStyle.Italic)]),
        Docs.H(2, "বাংলা", "bengali"),
        Docs.Para("বাংলা ভাষা কিছু"),
        Docs.H(2, "தமிழ்", "tamil"),
        Docs.Para("தமிழ் மொழி கெட்ட"));

    [Fact]
    public void Pdftotext_gives_the_words_back_as_written()
    {
        var read = ClientTools.Run("pdftotext", "poppler-utils", Pdf.Value, "-");
        Assert.Equal(0, read.ExitCode);
        Assert.All(Words, w => Assert.Contains(w, read.Stdout, StringComparison.Ordinal));
        Assert.Contains("हिन्दी क्षत्रिय कि धर्म किताब — Latin between: हिन्दी.", read.Stdout, StringComparison.Ordinal);
        // No private-use code point (how the glyphs are drawn) leaks into the text.
        Assert.DoesNotContain(read.Stdout.EnumerateRunes(), r => r.Value >= 0xF0000);
    }

    [Fact]
    public void Qpdf_finds_no_errors()
    {
        var check = ClientTools.Run("qpdf", "qpdf", "--check", Pdf.Value);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain("WARNING", check.Stdout + check.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_shaped_scripts_look_like_the_committed_image() =>
        // The top of the page at 100 dpi: enough to see a conjunct, a reph and a vowel sign's side.
        PageImages.AssertLooksLike(Pdf.Value, 1, "indic-page-1", 100, "-x", "60", "-y", "178", "-W", "620", "-H", "300");
}
