using ReportForge.Model;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

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
            return new TextBlockElement(InlineSpans.From(cell.Content, face, header ? styles.HeadingColor : styles.Text, styles), alignment, 1.22);
        }).ToList(), header);

        var style = new TableStyle(styles.Theme.Spacing.CellPadding, colors.TableBorder, colors.TableHeader, colors.TableZebra);
        var captionFace = styles.Small with { Italic = true };
        TextBlockElement? Line(string? text) => text is null ? null : new TextBlockElement([new Layout.Text.TextSpan(text, captionFace, styles.Muted)],
            TextAlignment.Left, 1.3);
        var element = new TableElement(
            table.Columns.Select(c => c.Width).ToList(),
            table.HeaderRows.Select(r => Row(r, true)).ToList(),
            table.BodyRows.Select(r => Row(r, false)).ToList(),
            style,
            caption: Line(table.Caption),
            continued: Line(table.Caption is { } c ? styles.Theme.Wording.TableContinued.Replace("{caption}", c, StringComparison.Ordinal) : null));
        return new PaddingElement(element, 2, styles.Theme.Spacing.Paragraph + 4);
    }
}
