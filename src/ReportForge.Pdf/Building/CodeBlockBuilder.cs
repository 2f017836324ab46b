using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Building;

internal static class CodeBlockBuilder
{
    public static Element Build(CodeBlock code, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var lines = code.Text.TrimEnd('\n').Split('\n');
        var spans = new List<TextSpan>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) spans.Add(new TextSpan("\n", styles.Mono, styles.Text));
            // No-break spaces keep the indentation that the line breaker would otherwise fold.
            spans.Add(new TextSpan(lines[i].Replace(' ', '\u00A0'), styles.Mono, styles.Text));
        }
        var text = new TextBlockElement(spans, TextAlignment.Left, 1.35);
        var box = new BoxElement(text, new BoxStyle
        {
            Background = styles.Theme.Colors.CodeBackground,
            PaddingLeft = 8, PaddingRight = 8, PaddingTop = 6, PaddingBottom = 6,
        });
        return new PaddingElement(new TaggedElement(box, StructureKind.Code), 0, styles.Theme.Spacing.Paragraph + 2);
    }
}
