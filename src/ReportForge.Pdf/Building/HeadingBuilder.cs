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
        var text = new TextBlock(spans, TextAlignment.Left, 1.2);
        var spacing = styles.Theme.Spacing;
        var before = heading.Level == 1 ? spacing.HeadingBefore : spacing.HeadingBefore * 0.75;
        var element = new HeadingElement(text, heading.Level, heading.Anchor, InlineText.Plain(heading.Content));
        return new Padding(element, before, spacing.HeadingAfter);
    }
}
