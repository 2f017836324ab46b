using ReportForge.Model;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

internal static class HeadingBuilder
{
    public static Element Build(Heading heading, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var face = styles.Heading(heading.Level);
        var spans = InlineSpans.From(heading.Content, face, styles.HeadingColor, styles);
        var text = new TextBlockElement(spans, TextAlignment.Left, 1.2);
        var spacing = styles.Theme.Spacing;
        var before = heading.Level == 1 ? spacing.HeadingBefore : spacing.HeadingBefore * 0.75;
        var element = new HeadingElement(text, heading.Level, heading.Anchor, Title(heading));
        return new PaddingElement(element, before, spacing.HeadingAfter);
    }

    /// <summary>The heading's text for bookmarks and the contents, without its footnote numbers.</summary>
    public static string Title(Heading heading) => InlineText.Plain(heading.Content.Where(i => i is not FootnoteReference)).Trim();
}
