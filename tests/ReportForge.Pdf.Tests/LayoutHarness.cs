using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>Lays a document out onto a recording canvas, as the first pass does, and keeps what was drawn.</summary>
internal static class LayoutHarness
{
    public static RecordingCanvas Run(Document document, Theme? theme = null)
    {
        theme ??= Theme.Default;
        var setup = PdfReportWriter.Setup(document, theme, PdfSharpMeasurer.Shared);
        var first = new RecordingCanvas { RecordDrawing = false };
        var pass1 = DocumentComposer.Compose(PdfReportWriter.Build(document, theme), first, PdfSharpMeasurer.Shared, setup, 0);
        Assert.Null(pass1.Error);
        var canvas = new RecordingCanvas();
        var pageMap = first.Anchors.ToDictionary(kv => kv.Key, kv => kv.Value.Page);
        var pass2 = DocumentComposer.Compose(PdfReportWriter.Build(document, theme), canvas, PdfSharpMeasurer.Shared, setup, pass1.PageCount, pageMap);
        Assert.Null(pass2.Error);
        Assert.Equal(pass1.PageCount, pass2.PageCount);
        return canvas;
    }

    /// <summary>Pages on which a piece of text was drawn.</summary>
    public static List<int> PagesOf(RecordingCanvas canvas, string text) =>
        canvas.Texts.Where(t => t.Text == text).Select(t => t.Page).Distinct().ToList();
}
