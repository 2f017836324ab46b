using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Word.Inlines;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A table in the ReportTable style. Header shading, zebra rows and header bold are also written directly
/// on the cells: LibreOffice applies table-style conditional formatting only partly.
internal static class TableWriter
{
    public static void Write(Model.Table table, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var theme = context.Theme;
        output.Add(Paragraphs.Spacer(context.Sheet.TableGap.Before, keepNext: true));
        var columnCount = Math.Max(table.Columns.Count, table.Rows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        // The Word writer's own widths, until the PDF layout gives its own (see TableGrids).
        var widths = TableColumnWidths.Compute(table, columnCount, scope.Available);
        var grid = new W.TableGrid(widths.Select(w => new W.GridColumn { Width = Units.Text(w) }));
        var written = new List<TableGrids.WrittenRow>(table.Rows.Count);
        var tbl = new W.Table(Properties(context, scope, captioned: table.Caption is not null), grid);
        if (table.Caption is { } text)
        {
            // Also the table's own caption, for assistive technology: the row is what the page shows.
            tbl.GetFirstChild<W.TableProperties>()!.TableCaption = new W.TableCaption { Val = text };
            tbl.Append(CaptionRow(text, widths, context));
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var isHeader = r < table.HeaderRowCount;
            var bodyIndex = r - table.HeaderRowCount;
            Rgb? shading = isHeader ? theme.Colors.TableHeader : bodyIndex % 2 == 1 ? theme.Colors.TableZebra : null;
            // A row moves whole to the next page, as in the PDF; only a row taller than a page may split,
            // or Word would cut it off.
            var rowProperties = new W.TableRowProperties();
            if (!TallerThanPage(table.Rows[r], widths, context)) rowProperties.Append(new W.CantSplit());
            if (isHeader)
                rowProperties.Append(new W.TableHeader());
            var row = new W.TableRow(rowProperties);
            var cellWidths = new W.TableCellWidth[columnCount];
            for (var c = 0; c < columnCount; c++)
            {
                var cells = table.Rows[r].Cells;
                var content = c < cells.Count ? cells[c].Content : [];
                var alignment = c < table.Columns.Count ? table.Columns[c].Alignment : CellAlignment.Left;
                var cell = Cell(content, alignment, widths[c], shading, isHeader, context);
                cellWidths[c] = cell.TableCellProperties!.TableCellWidth!;
                row.Append(cell);
            }
            // The PDF starts a table only where its header and a body row fit, and not at the foot of a page with a single
            // row of a longer table: the header's and the first row's paragraphs keep with the next row.
            if (isHeader || (bodyIndex == 0 && table.Rows.Count - table.HeaderRowCount > 2))
            {
                foreach (var paragraph in row.Descendants<W.Paragraph>())
                    Paragraphs.Properties(paragraph).KeepNext = new W.KeepNext();
            }
            tbl.Append(row);
            written.Add(new TableGrids.WrittenRow(table.Rows[r], rowProperties, cellWidths));
        }
        context.Tables.Add(new TableGrids.Written(table, columnCount, scope.Available, grid, written));
        output.Add(tbl);
        // LibreOffice draws the last row's bottom border below the row, the PDF on its edge: the gap gives that back.
        output.Add(Paragraphs.Spacer(context.Sheet.TableGap.After - context.Sheet.TableBorderWidth));
    }

    // An estimate from the text length at about half an em a character: Word lays the row out itself, so
    // only a row well past a page's text height is let split.
    internal static bool TallerThanPage(Model.TableRow row, IReadOnlyList<int> widths, WordContext context)
    {
        var size = context.Sheet.Cell.Size;
        var pad = context.Sheet.CellPadding;
        var tallest = 0.0;
        for (var c = 0; c < row.Cells.Count && c < widths.Count; c++)
        {
            var lines = SplitAtBreaks(row.Cells[c].Content).Sum(text => PageFit.Lines(text, widths[c] / 20.0 - 2 * pad, size));
            tallest = Math.Max(tallest, lines * context.Sheet.Cell.Pitch + 2 * pad);
        }
        return PageFit.TallerThanPage(tallest, context.Theme);
    }

    private static List<string> SplitAtBreaks(IReadOnlyList<Inline> content)
    {
        var pieces = new List<string> { "" };
        foreach (var inline in content)
        {
            if (inline is LineBreak) pieces.Add("");
            else pieces[^1] += InlineText.Plain([inline]);
        }
        return pieces;
    }

    /// The caption as the table's first row, repeated with the header on every page the table runs over, as the PDF's
    /// continuation line stands there (Word cannot change a repeated row's words: it repeats the caption as it is).
    /// No rules but the one under it, no fill, no padding but the gap to the header.
    private static W.TableRow CaptionRow(string caption, IReadOnlyList<int> widths, WordContext context)
    {
        var paragraph = Paragraphs.New(StyleIds.Caption);
        Paragraphs.Properties(paragraph).SpacingBetweenLines = StylesPart.Spacing(Gap.Of(0, 0), context.Sheet.Caption);
        paragraph.Append(TextRuns.Run(caption, null));
        var cellProperties = new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(widths.Sum()) },
            GridSpan = widths.Count > 1 ? new W.GridSpan { Val = widths.Count } : null,
            TableCellBorders = new W.TableCellBorders(
                new W.TopBorder { Val = W.BorderValues.Nil }, new W.LeftBorder { Val = W.BorderValues.Nil },
                new W.RightBorder { Val = W.BorderValues.Nil }),
            TableCellMargin = new W.TableCellMargin(
                new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.LeftMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.BottomMargin { Width = Units.TwipsText(context.Sheet.TableCaptionGap), Type = W.TableWidthUnitValues.Dxa },
                new W.RightMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa }),
        };
        return new W.TableRow(new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()), new W.TableCell(cellProperties, paragraph));
    }

    private static W.TableProperties Properties(WordContext context, BlockScope scope, bool captioned)
    {
        var properties = new W.TableProperties
        {
            TableStyle = new W.TableStyle { Val = StyleIds.ReportTable },
            TableWidth = scope.Indent > 0
                ? new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(scope.Available) }
                : new W.TableWidth { Type = W.TableWidthUnitValues.Pct, Width = "5000" },
            TableBorders = StylesPart.TableBorders(context.Theme.Colors.TableBorder, context.Sheet.TableBorderWidth),
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = StylesPart.CellMargins(context.Sheet.CellPadding),
            // Under a caption row the style's first-row and banded formatting would fall on the wrong rows; the cells carry
            // their fill and weight themselves.
            TableLook = captioned
                ? new W.TableLook { Val = "0600", FirstRow = false, NoHorizontalBand = true, NoVerticalBand = true, FirstColumn = false, LastRow = false,
                    LastColumn = false }
                : new W.TableLook { Val = "04A0", FirstRow = true, NoHorizontalBand = false, NoVerticalBand = true, FirstColumn = false, LastRow = false,
                    LastColumn = false },
        };
        if (scope.Indent > 0)
            properties.TableIndentation = new W.TableIndentation { Type = W.TableWidthUnitValues.Dxa, Width = scope.Indent };
        return properties;
    }

    private static W.TableCell Cell(IReadOnlyList<Inline> content, CellAlignment alignment, int width, Rgb? shading, bool header, WordContext context)
    {
        var cellProperties = new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(width) },
        };
        if (shading is { } fill)
            cellProperties.Shading = Paragraphs.Shading(fill);

        var paragraph = Paragraphs.New(StyleIds.TableText);
        var rightToLeft = Paragraphs.Direction(paragraph, content);
        Paragraphs.Properties(paragraph).Justification = new W.Justification
        {
            Val = alignment switch
            {
                CellAlignment.Center => W.JustificationValues.Center,
                // Word reads left and right in a right-to-left paragraph as its start and end: "left" is the right edge.
                CellAlignment.Right => rightToLeft ? W.JustificationValues.Left : W.JustificationValues.Right,
                _ => W.JustificationValues.Left,
            },
        };
        paragraph.Append(InlineWriter.Write(content, context, header ? TextStyle.Bold : TextStyle.None));
        if (header)
        {
            // Header text in the header cell's colour, as the PDF sets it; links keep theirs.
            foreach (var run in paragraph.Descendants<W.Run>().Where(r => r.RunProperties?.Color is null && r.RunProperties?.RunStyle is null))
                (run.RunProperties ??= new W.RunProperties()).Color = new W.Color { Val = Units.Color(context.Sheet.HeaderCell.Color) };
        }
        return new W.TableCell(cellProperties, paragraph);
    }
}
