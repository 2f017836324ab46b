using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Building;

internal static class CalloutBuilder
{
    public static Element Build(Callout callout, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var children = new List<Element>();
        if (callout.Title is { } title)
        {
            var face = styles.Body with { Bold = true };
            var titleText = new TextBlockElement([new TextSpan(title, face, styles.HeadingColor)], TextAlignment.Left, styles.LineHeight);
            children.Add(new PaddingElement(titleText, 0, 3));
        }
        children.AddRange(callout.Blocks.Select((b, i) => builder.Block(b, compact: true, last: i == callout.Blocks.Count - 1)));
        var box = new BoxElement(new ColumnElement(children), new BoxStyle
        {
            Background = styles.Theme.Colors.CalloutBackground,
            LeftBar = styles.Theme.Colors.CalloutBorder,
            LeftBarWidth = 3,
            PaddingLeft = 12,
            PaddingRight = 10,
            PaddingTop = 8,
            PaddingBottom = 8,
        });
        return new PaddingElement(new TaggedElement(box, StructureKind.Figure), 2, styles.Theme.Spacing.Paragraph + 4);
    }
}
