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
        var setup = PdfReportWriter.Setup(document, theme);
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

    /// <summary>Pages on which a word (or a piece of text drawn whole) was drawn.</summary>
    public static List<int> PagesOf(RecordingCanvas canvas, string text) =>
        canvas.Words().Concat(canvas.Texts).Where(t => t.Text == text).Select(t => t.Page).Distinct().ToList();

    /// <summary>
    /// What was drawn, word by word: lines draw runs of one style as one string, so a run is split at its
    /// spaces here, each word placed where it starts (measured as the layout measures).
    /// </summary>
    public static List<RecordingCanvas.PlacedText> Words(this RecordingCanvas canvas)
    {
        var words = new List<RecordingCanvas.PlacedText>();
        foreach (var text in canvas.Texts)
        {
            var x = text.X;
            foreach (var word in text.Text.Split(' '))
            {
                if (word.Length > 0) words.Add(text with { Text = word, X = x });
                x += PdfSharpMeasurer.Shared.Width(word + " ", text.Face);
            }
        }
        return words;
    }
}
