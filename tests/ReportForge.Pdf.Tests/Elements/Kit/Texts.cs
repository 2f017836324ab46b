using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Tests.Elements.Kit;

/// <summary>
/// Text blocks for the <see cref="FixedWidthMeasurer"/>: at 10 pt and line height 1.2 each character is 5 pt wide,
/// each line 12 pt tall, its baseline 9 pt below the line's top.
/// </summary>
internal static class Texts
{
    public const double LineHeight = 12;
    public const double Baseline = 9;

    public static readonly FontFace Face = new("Fixed", false, false, 10);

    public static TextBlockElement Block(string text, TextAlignment alignment = TextAlignment.Left) =>
        new([new TextSpan(text, Face, default)], alignment, 1.2);

    public static TextBlockElement Spans(params TextSpan[] spans) => new(spans, TextAlignment.Left, 1.2);

    /// <summary>What was drawn: page, text, x and baseline, rounded.</summary>
    public static List<(int Page, string Text, double X, double Baseline)> Drawn(this RecordingCanvas canvas) =>
        canvas.Texts.Select(t => (t.Page, t.Text, Math.Round(t.X, 3), Math.Round(t.Baseline, 3))).ToList();
}
