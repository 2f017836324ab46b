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

    public static void SpaceAfter(W.Paragraph paragraph, double points)
    {
        var properties = Properties(paragraph);
        var spacing = properties.SpacingBetweenLines ??= new W.SpacingBetweenLines();
        spacing.After = Units.TwipsText(points);
    }

    /// A thin empty paragraph after a table or box: Word has no space-after for tables, and two tables
    /// with nothing between them merge into one.
    public static W.Paragraph Spacer(WordContext context)
    {
        var paragraph = new W.Paragraph();
        Properties(paragraph).SpacingBetweenLines = new W.SpacingBetweenLines
        {
            Before = "0",
            After = "0",
            Line = Units.TwipsText(Math.Max(1, context.Theme.Spacing.Paragraph)),
            LineRule = W.LineSpacingRuleValues.Exact,
        };
        return paragraph;
    }

    public static W.Shading Shading(string hex) =>
        new() { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = Units.Color(hex) };
}
