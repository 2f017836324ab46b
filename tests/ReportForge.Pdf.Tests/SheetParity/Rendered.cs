using System.Collections.Concurrent;
using ReportForge.Model;
using ReportForge.Pdf.Building;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;
using ReportForge.Word;

namespace ReportForge.Pdf.Tests.SheetParity;

/// <summary>The parity document written both ways with one theme, and the sheet both should follow.</summary>
internal sealed class Rendered
{
    private static readonly ConcurrentDictionary<string, Lazy<Rendered>> Cache = new();

    private Rendered(Theme theme)
    {
        Sheet = new StyleSheet(theme);
        Theme = theme;
        var document = ParityDocument.Build();
        var canvas = new SheetCanvas();
        var pdf = PdfReportWriter.Write(document, theme, new PdfWriterOptions { DrawingCanvas = drawn => new TeeCanvas(drawn, canvas) });
        Assert.True(pdf.Succeeded, string.Join("\n", pdf.Diagnostics));
        Pdf = new PdfDrawing(canvas);
        Docx = new DocxXml(DocxWriter.Write(document, theme, LayoutFacts.Pages(pdf.Value.Layout.PageMap), labelWidth: PdfReportWriter.LabelWidth(theme)));
    }

    public Theme Theme { get; }
    public StyleSheet Sheet { get; }
    public PdfDrawing Pdf { get; }
    public DocxXml Docx { get; }

    /// <summary>The default theme, or one with other sizes, spacing and colours, so a test that passes with both reads
    /// its numbers from the sheet and not from constants that happen to agree with the default.</summary>
    public static Rendered For(string theme) => Cache.GetOrAdd(theme, name => new Lazy<Rendered>(() => new Rendered(Make(name)))).Value;

    private static Theme Make(string name)
    {
        var theme = Theme.Default;
        if (name == "default") return theme;
        theme.Sizes.Body = 11;
        theme.Sizes.H1 = 16;
        theme.Sizes.Table = 9;
        theme.Sizes.Code = 8.5;
        theme.Spacing.LineHeight = 1.4;
        theme.Spacing.Paragraph = 8;
        theme.Spacing.HeadingBefore = 16;
        theme.Spacing.HeadingAfter = 6;
        theme.Spacing.ListIndent = 20;
        theme.Spacing.ListItem = 3;
        theme.Spacing.CellPadding = 5;
        theme.Colors.Accent = new Rgb(0x80, 0x20, 0x20);
        theme.Colors.QuoteText = new Rgb(0x20, 0x40, 0x20);
        theme.Colors.Heading = new Rgb(0x10, 0x10, 0x60);
        theme.TextAlign = TextAlign.Left;
        return theme;
    }
}

/// <summary>The PDF's drawing pass: lines found by their tag, and their line boxes as the line breaker sets them.</summary>
internal sealed class PdfDrawing(SheetCanvas canvas)
{
    public sealed record Line(int Page, double Baseline, double X, IReadOnlyList<SheetCanvas.Text> Runs)
    {
        public SheetCanvas.Text First => Runs[0];
    }

    public SheetCanvas Canvas => canvas;

    /// <summary>The lines drawn with text holding <paramref name="tag"/>, outside artifacts, in reading order.</summary>
    public List<Line> Lines(string tag, StructureKind? within = null)
    {
        var lines = canvas.Texts
            .Where(t => !t.Artifact && t.Value.Contains(tag, StringComparison.Ordinal) && (within is null || t.Open.Contains(within.Value)))
            .GroupBy(t => (t.Page, Baseline: Math.Round(t.Baseline, 3)))
            .OrderBy(g => g.Key.Page).ThenBy(g => g.Key.Baseline)
            .Select(g => new Line(g.Key.Page, g.First().Baseline, g.Min(t => t.X), g.OrderBy(t => t.X).ToList()))
            .ToList();
        if (lines.Count == 0) throw new Xunit.Sdk.XunitException($"the PDF drew no text tagged '{tag}'" + (within is null ? "" : $" inside {within}"));
        return lines;
    }

    /// <summary>The label (bullet or number) drawn on the line of <paramref name="line"/>.</summary>
    public SheetCanvas.Text Label(Line line) =>
        canvas.Texts.FirstOrDefault(t => t.Page == line.Page && Math.Abs(t.Baseline - line.Baseline) < 0.001 && t.Open.Contains(StructureKind.ListLabel))
        ?? throw new Xunit.Sdk.XunitException($"no list label beside '{line.First.Value}'");

    /// <summary>The first rectangle of <paramref name="color"/> on <paramref name="page"/> that <paramref name="where"/> accepts.</summary>
    public SheetCanvas.Rect Rect(int page, Rgb color, Func<SheetCanvas.Rect, bool>? where = null) =>
        canvas.Rects.FirstOrDefault(r => r.Page == page && r.Color == color && (where?.Invoke(r) ?? true))
        ?? throw new Xunit.Sdk.XunitException($"no rectangle of #{color.Hex} on page {page}");

    /// <summary>A line's height: the sheet's pitch, or the font's ascent and descent where they are taller.</summary>
    public static double Height(TextLook look)
    {
        var (ascent, descent) = PdfSharpMeasurer.Shared.VerticalMetrics(PdfStyles.Face(look));
        return Math.Max(look.Pitch, ascent + descent);
    }

    /// <summary>The top of a line's box: the line breaker centres ascent and descent in the line's height.</summary>
    public static double Top(Line line, TextLook look)
    {
        var (ascent, descent) = PdfSharpMeasurer.Shared.VerticalMetrics(PdfStyles.Face(look));
        return line.Baseline - ((Height(look) - (ascent + descent)) / 2 + ascent);
    }

    public static double Bottom(Line line, TextLook look) => Top(line, look) + Height(look);
}
