using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class ShapingScratch
{
    [Fact]
    public void Scratch()
    {
        var theme = new Theme();
        theme.Fonts.Fallbacks = ["DejaVu Sans", "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Tamil"];
        var result = PdfReportWriter.Write(Docs.Document(Docs.Para("हिन्दी क्षत्रिय कि धर्म Hello हिन्दी"), Docs.Para("বাংলা ভাষা"), Docs.Para("தமிழ் மொழி")), theme);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        File.WriteAllBytes("/tmp/shape-scratch.pdf", result.Value.Bytes);
    }
}
