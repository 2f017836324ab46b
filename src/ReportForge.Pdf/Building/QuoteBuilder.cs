using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

internal static class QuoteBuilder
{
    public static Element Build(Quote quote, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var children = quote.Blocks.Select((b, i) => b is Paragraph p
            ? ParagraphBuilder.Build(p, builder, i == quote.Blocks.Count - 1 ? 0 : Furniture.QuoteParagraphGap, styles.Body, styles.QuoteText,
                QuoteAttribution.Is(quote, i) ? TextAlignment.Left : null)
            : builder.Block(b, compact: true, last: i == quote.Blocks.Count - 1)).ToList();
        var box = new BoxElement(new ColumnElement(children), new BoxStyle
        {
            LeftBar = styles.Theme.Colors.QuoteBar,
            LeftBarWidth = Furniture.QuoteBarWidth,
            PaddingLeft = Furniture.QuoteIndent - Furniture.QuoteBarInset,
            PaddingTop = Furniture.QuotePadding,
            PaddingBottom = Furniture.QuotePadding,
        });
        return new PaddingElement(new KeepTogetherElement(new TaggedElement(box, StructureKind.BlockQuote)), 2, styles.Theme.Spacing.Paragraph + 4,
            Furniture.QuoteBarInset);
    }
}
