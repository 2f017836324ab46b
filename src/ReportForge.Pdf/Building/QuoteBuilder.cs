using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

internal static class QuoteBuilder
{
    public static Element Build(Quote quote, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var children = quote.Blocks.Select((b, i) => b is Paragraph p
            ? ParagraphBuilder.Build(p, builder, i == quote.Blocks.Count - 1 ? 0 : 3, styles.Body, styles.QuoteText)
            : builder.Block(b, compact: true, last: i == quote.Blocks.Count - 1)).ToList();
        var box = new BoxElement(new ColumnElement(children), new BoxStyle
        {
            LeftBar = styles.Theme.Colors.QuoteBar,
            LeftBarWidth = 2.5,
            PaddingLeft = 12,
            PaddingTop = 3,
            PaddingBottom = 3,
        });
        return new PaddingElement(new KeepTogetherElement(new TaggedElement(box, StructureKind.BlockQuote)), 2, styles.Theme.Spacing.Paragraph + 4, 4);
    }
}
