using System.Text.RegularExpressions;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// The DRAFT watermark as poppler's text extraction reads it: set along the diagonal, its letters were read as
/// "DR AF T". It must come out as one word, or not at all (poppler leaves it out).
/// </summary>
[Trait("Category", "Client")]
public sealed class WatermarkClientTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pdftotext_reads_the_watermark_as_one_word_or_not_at_all(bool layout)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rf-client-watermark-{Environment.ProcessId}-{layout}.pdf");
        var theme = new Theme { Watermark = new WatermarkTheme { Text = "DRAFT" } };
        var result = PdfReportWriter.Write(ClientTests.Document(), theme);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        File.WriteAllBytes(path, result.Value.Bytes);
        try
        {
            var text = ClientTools.Run("pdftotext", "poppler-utils", layout ? ["-layout", path, "-"] : [path, "-"]);
            Assert.Equal(0, text.ExitCode);
            Assert.Contains("A long table", text.Stdout);
            // No piece of the word on its own: not "DR", "AF" or "T" next to one of them.
            Assert.DoesNotMatch(new Regex(@"\b(DR|DRA|DRAF|AF|AFT|RAFT|RAF)\b"), text.Stdout);
            var words = Regex.Matches(text.Stdout, @"\bDRAFT\b").Count;
            Assert.True(words is 0 || words >= 5, $"DRAFT read {words} times on 5 pages");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
