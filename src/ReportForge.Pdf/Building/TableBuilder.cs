using ReportForge.Model;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

internal static class TableBuilder
{
    public static Element Build(Table table, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var colors = styles.Theme.Colors;
        TableRowCells Row(TableRow row, bool header) => new(row.Cells.Select((cell, c) =>
        {
            var face = styles.TableText with { Bold = header };
            var alignment = table.Columns[c].Alignment switch
            {
                CellAlignment.Center => TextAlignment.Center,
                CellAlignment.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            };
            return new TextBlock(InlineSpans.From(cell.Content, face, header ? styles.HeadingColor : styles.Text, styles), alignment, 1.22);
        }).ToList(), header);

        var style = new TableStyle(styles.Theme.Spacing.CellPadding, Rgb.Parse(colors.TableBorder), Rgb.Parse(colors.TableHeader), Rgb.Parse(colors.TableZebra));
        var captionFace = styles.Small with { Italic = true };
        var continued = table.Caption is { } c
            ? new TextBlock([new Layout.Text.TextSpan(styles.Theme.Wording.TableContinued.Replace("{caption}", c, StringComparison.Ordinal), captionFace, styles.Muted)], TextAlignment.Left, 1.3)
            : null;
        var element = new TableElement(
            table.Columns.Select(c => c.Width).ToList(),
            table.HeaderRows.Select(r => Row(r, true)).ToList(),
            table.BodyRows.Select(r => Row(r, false)).ToList(),
            style,
            continued);

        var parts = new List<Element>();
        if (table.Caption is { } caption)
        {
            var captionText = new TextBlock([new Layout.Text.TextSpan(caption, captionFace, styles.Muted)], TextAlignment.Left, 1.3);
            parts.Add(new Padding(new KeepWithNextElement(new Tagged(captionText, Canvas.StructureKind.Caption)), 0, 3));
        }
        parts.Add(element);
        return new Padding(new Column(parts), 2, styles.Theme.Spacing.Paragraph + 4);
    }
}
