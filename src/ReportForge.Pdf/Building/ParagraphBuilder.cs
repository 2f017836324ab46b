using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

internal static class ParagraphBuilder
{
    public static Element Build(Paragraph paragraph, BlockBuilder builder, double spaceAfter, FontFace? face = null, Rgb? color = null,
        TextAlignment? alignment = null)
    {
        var styles = builder.Styles;
        var spans = InlineSpans.From(paragraph.Content, face ?? styles.Body, color ?? styles.Text, styles);
        var text = new TextBlockElement(spans, alignment ?? styles.BodyAlignment, styles.LineHeight);
        return new PaddingElement(new TaggedElement(text, StructureKind.Paragraph), 0, spaceAfter);
    }
}
