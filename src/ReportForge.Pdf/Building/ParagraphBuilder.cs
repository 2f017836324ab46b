using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

internal static class ParagraphBuilder
{
    public static Element Build(Paragraph paragraph, BlockBuilder builder, double spaceAfter, TextLook? look = null, TextAlignment? alignment = null)
    {
        var styles = builder.Styles;
        var text = look ?? styles.Sheet.Body;
        var spans = InlineSpans.From(paragraph.Content, PdfStyles.Face(text), text.Color, styles, builder.Hyphenator);
        var block = new TextBlockElement(spans, alignment ?? styles.BodyAlignment, text.LineFactor);
        return new PaddingElement(new TaggedElement(block, StructureKind.Paragraph), 0, spaceAfter) { Collapses = true };
    }
}
