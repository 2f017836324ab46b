using ReportForge.Model;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

internal static class HeadingBuilder
{
    public static Element Build(Heading heading, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var look = styles.Sheet.Heading(heading.Level);
        var spans = InlineSpans.From(heading.Content, PdfStyles.Face(look), look.Color, styles);
        var text = new TextBlockElement(spans, TextAlignment.Left, look.LineFactor);
        var gap = styles.Sheet.HeadingGap(heading.Level);
        var element = new HeadingElement(text, heading.Level, heading.Anchor, Title(heading));
        return new PaddingElement(element, gap.Before, gap.After) { Collapses = true };
    }

    /// <summary>The heading's text for bookmarks and the contents, without its footnote numbers.</summary>
    public static string Title(Heading heading) => InlineText.Plain(heading.Content.Where(i => i is not FootnoteReference)).Trim();
}
