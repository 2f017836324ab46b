using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

internal static class CalloutBuilder
{
    public static Element Build(Callout callout, BlockBuilder builder)
    {
        var sheet = builder.Styles.Sheet;
        var children = new List<Element>();
        if (callout.Title is { } title)
        {
            // The title is content a reader hears, a paragraph in the callout's group, not part of its background.
            var line = new TaggedElement(PdfStyles.Line(title, sheet.CalloutTitle, TextAlignment.Left), StructureKind.Paragraph);
            children.Add(new PaddingElement(line, 0, sheet.CalloutTitleGap));
        }
        children.AddRange(callout.Blocks.Select((b, i) => builder.Block(b, compact: true, last: i == callout.Blocks.Count - 1)));
        var box = new BoxElement(new ColumnElement(children), BoxStyles.From(sheet.CalloutBox));
        return new PaddingElement(new TaggedElement(box, StructureKind.Figure), sheet.CalloutGap.Before, sheet.CalloutGap.After);
    }
}
