using ReportForge.Model;
using ReportForge.Text;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// Small helpers for w:p and its properties; the SDK's typed setters keep pPr children in schema order.
internal static class Paragraphs
{
    public static W.Paragraph New(string? style)
    {
        var paragraph = new W.Paragraph();
        if (style is not null)
            Properties(paragraph).ParagraphStyleId = new W.ParagraphStyleId { Val = style };
        return paragraph;
    }

    public static W.ParagraphProperties Properties(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties ??= new W.ParagraphProperties();

    public static string? Style(W.Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static void SetStyle(W.Paragraph paragraph, string style) =>
        Properties(paragraph).ParagraphStyleId = new W.ParagraphStyleId { Val = style };

    public static void Indent(W.Paragraph paragraph, BlockScope scope)
    {
        if (scope.Indent > 0)
            Properties(paragraph).Indentation = new W.Indentation { Left = Units.Text(scope.Indent) };
    }

    /// A paragraph whose first letter is Hebrew or Arabic runs right to left (w:bidi), as in the PDF: Word sets it from
    /// the right margin (and a list item's number at the right, where the PDF keeps bullets at the left). Runs get no
    /// w:rtl: Word orders the characters itself. Returns whether the paragraph runs right to left.
    public static bool Direction(W.Paragraph paragraph, IReadOnlyList<Inline> content) =>
        SetDirection(paragraph, FirstStrong(content));

    /// The same for a paragraph of plain text (the title block).
    public static bool Direction(W.Paragraph paragraph, string text) =>
        SetDirection(paragraph, ParagraphDirection.FirstStrong(text));

    private static bool SetDirection(W.Paragraph paragraph, TextDirection? direction)
    {
        if (direction != TextDirection.RightToLeft) return false;
        Properties(paragraph).BiDi = new W.BiDi();
        return true;
    }

    private static TextDirection? FirstStrong(IReadOnlyList<Inline> content)
    {
        foreach (var inline in content)
        {
            var direction = inline switch
            {
                TextRun run => ParagraphDirection.FirstStrong(run.Text),
                CodeSpan code => ParagraphDirection.FirstStrong(code.Text),
                Link link => FirstStrong(link.Content),
                _ => null,
            };
            if (direction is not null) return direction;
        }
        return null;
    }

    public static void SpaceAfter(W.Paragraph paragraph, double points)
    {
        var properties = Properties(paragraph);
        var spacing = properties.SpacingBetweenLines ??= new W.SpacingBetweenLines();
        spacing.After = Units.TwipsText(points);
    }

    /// A thin empty paragraph of exactly <paramref name="points"/> before or after a table or box: Word has no space
    /// before or after tables, and two tables with nothing between them merge into one. The space above a block goes
    /// to a new page with it (<paramref name="keepNext"/>), as the PDF's does.
    public static W.Paragraph Spacer(double points, bool keepNext = false)
    {
        var paragraph = new W.Paragraph();
        var properties = Properties(paragraph);
        if (keepNext)
            properties.KeepNext = new W.KeepNext();
        properties.SpacingBetweenLines = new W.SpacingBetweenLines
        {
            Before = "0",
            After = "0",
            Line = Units.TwipsText(Math.Max(1, points)),
            LineRule = W.LineSpacingRuleValues.Exact,
        };
        // The mark's own size must not raise the line: an exact line clips it instead.
        properties.ParagraphMarkRunProperties = new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" });
        return paragraph;
    }

    public static W.Shading Shading(Rgb colour) =>
        new() { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = Units.Color(colour) };
}
