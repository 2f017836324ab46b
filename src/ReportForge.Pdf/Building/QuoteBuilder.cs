using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

internal static class QuoteBuilder
{
    public static Element Build(Quote quote, BlockBuilder builder)
    {
        var sheet = builder.Styles.Sheet;
        var children = quote.Blocks.Select((b, i) => b is Paragraph p
            ? ParagraphBuilder.Build(p, builder, i == quote.Blocks.Count - 1 ? 0 : sheet.QuoteParagraphGap, sheet.Quote,
                QuoteAttribution.Is(quote, i) ? TextAlignment.Left : null)
            : builder.Block(b, compact: true, last: i == quote.Blocks.Count - 1)).ToList();
        var box = new BoxElement(new ColumnElement(children), BoxStyles.From(sheet.QuoteBox));
        var gap = sheet.QuoteGap;
        return new PaddingElement(new KeepTogetherElement(new TaggedElement(box, StructureKind.BlockQuote)), gap.Before, gap.After, sheet.QuoteIndent);
    }
}
