using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

internal static class ListBuilder
{
    public static Element Build(Model.ListBlock list, BlockBuilder builder, int depth)
    {
        var styles = builder.Styles;
        var sheet = styles.Sheet;
        var labels = list.Ordered ? ListLabels.Of(list, depth).ToList() : null;
        var column = labels is null ? null : Column(labels, styles.Body, sheet);
        var items = new List<Element>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var label = labels?[i] ?? sheet.Bullets[depth % sheet.Bullets.Count];
            var labelText = new TextBlockElement([new TextSpan(label, styles.Body, list.Ordered ? sheet.Body.Color : sheet.BulletColor)],
                list.Ordered ? TextAlignment.Right : TextAlignment.Left, sheet.Body.LineFactor);
            var blocks = list.Items[i].Blocks;
            var body = new ColumnElement(blocks.Select((b, j) => b switch
            {
                Model.ListBlock nested => new PaddingElement(Build(nested, builder, depth + 1), sheet.ListItemGap, 0) { Collapses = true },
                Model.Paragraph paragraph when j == 0 => ParagraphBuilder.Build(paragraph, builder, blocks.Count == 1 ? 0 : sheet.Compact),
                _ => builder.Block(b, compact: true, last: j == blocks.Count - 1),
            }).ToList());
            var gap = i == list.Items.Count - 1 ? 0 : sheet.ListItemGap;
            items.Add(new PaddingElement(new ListItemElement(labelText, body, list.Ordered ? sheet.OrderedListIndent : sheet.ListIndent)
            {
                Column = column,
            }, 0, gap) { Collapses = true });
        }
        var tagged = new TaggedElement(new ColumnElement(items), StructureKind.List);
        return depth == 0 ? new PaddingElement(tagged, sheet.ListGap.Before, sheet.ListGap.After) { Collapses = true } : tagged;
    }

    // One column for all the list's items, measured once: the .docx measures the same labels in the same font
    // (PdfReportWriter.LabelWidth) and sets the same indents.
    private static Func<ITextMeasurer, ListColumn> Column(IReadOnlyList<string> labels, FontFace face, StyleSheet sheet)
    {
        ListColumn? column = null;
        return measurer => column ??= ListLabels.Column(sheet, labels.Count == 0 ? 0 : labels.Max(l => measurer.Width(l, face)),
            measurer.Width(ListLabels.Reference, face));
    }
}
