using ReportForge.Theming;

namespace ReportForge.Word.Tests;

/// Writes the sample documents to REPORTFORGE_DOCX_OUT, when set, for looking at them in a word processor.
public sealed class SampleOutputTests
{
    [Fact]
    public void WritesSamplesWhenAsked()
    {
        var folder = Environment.GetEnvironmentVariable("REPORTFORGE_DOCX_OUT");
        var bytes = DocxWriter.Write(SampleDocument.Build(), Theme.Default);
        Assert.NotEmpty(bytes);
        if (string.IsNullOrEmpty(folder))
            return;

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "sample.docx"), bytes);
        var theme = Theme.Default;
        theme.Header.OnFirstPage = false;
        theme.TextAlign = "left";
        File.WriteAllBytes(Path.Combine(folder, "sample-first-page.docx"), DocxWriter.Write(SampleDocument.Build("SECRET"), theme));
    }
}
