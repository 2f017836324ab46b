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
        var sheet = styles.Sheet;
        var colors = styles.Theme.Colors;
        TableRowCells Row(TableRow row, bool header) => new(row.Cells.Select((cell, c) =>
        {
            var look = header ? sheet.HeaderCell : sheet.Cell;
            var alignment = table.Columns[c].Alignment switch
            {
                CellAlignment.Center => TextAlignment.Center,
                CellAlignment.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            };
            var spans = InlineSpans.From(cell.Content, PdfStyles.Face(look), look.Color, styles, builder.Hyphenator);
            return new TextBlockElement(spans, alignment, look.LineFactor);
        }).ToList(), header);

        var style = new TableStyle(sheet.CellPadding, colors.TableBorder, colors.TableHeader, colors.TableZebra)
        {
            BorderWidth = sheet.TableBorderWidth,
            TitleGap = sheet.TableCaptionGap,
        };
        TextBlockElement? Line(string? text) => text is null ? null : PdfStyles.Line(text, sheet.Caption, TextAlignment.Left);
        var element = new TableElement(
            table.Columns.Select(c => c.Width).ToList(),
            table.HeaderRows.Select(r => Row(r, true)).ToList(),
            table.BodyRows.Select(r => Row(r, false)).ToList(),
            style,
            caption: Line(table.Caption),
            continued: Line(table.Caption is { } c
                ? ThemeWords.Resolve(styles.Theme.Wording.TableContinued, null).Replace("{caption}", c, StringComparison.Ordinal)
                : null))
        {
            ColumnsLaidOut = builder.ColumnWidths is { } widths ? laidOut => widths.TryAdd(table, laidOut) : null,
        };
        // The space around a table is a spacer line in the .docx: it adds to the paragraph spacing around it.
        return new PaddingElement(element, sheet.TableGap.Before, sheet.TableGap.After);
    }
}
