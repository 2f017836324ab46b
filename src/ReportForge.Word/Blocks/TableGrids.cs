using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// The tables written before the PDF layout has sized their columns. Each is written with the Word writer's own widths
/// (<see cref="TableColumnWidths"/>) and set to the widths the PDF shows once the layout gives them, as the contents'
/// page numbers are (<see cref="PageNumbers"/>): auto columns then wrap alike in both. A table the layout never
/// reached, or a document written without a layout, keeps its own widths.
internal sealed class TableGrids
{
    private readonly List<Written> _written = [];

    /// One written table: its grid, and per row the row's properties and each cell's width (the caption row spans the
    /// table whatever its columns, so it is not among them).
    public sealed record Written(Model.Table Table, int ColumnCount, int Available, W.TableGrid Grid, IReadOnlyList<WrittenRow> Rows);

    /// A written row and the model row it shows.
    public sealed record WrittenRow(Model.TableRow Row, W.TableRowProperties Properties, IReadOnlyList<W.TableCellWidth> Cells);

    public void Add(Written table) => _written.Add(table);

    /// Sets every table the layout sized to its widths, in twips that add up to the width Word gives the table.
    public void Fill(IReadOnlyDictionary<Model.Table, IReadOnlyList<double>>? columnWidths, WordContext context)
    {
        foreach (var table in _written)
        {
            if (columnWidths is null || !columnWidths.TryGetValue(table.Table, out var points) || points.Count != table.ColumnCount)
                continue;
            var widths = Twips(points, table.Available);
            foreach (var (column, width) in table.Grid.Elements<W.GridColumn>().Zip(widths))
                column.Width = Units.Text(width);
            foreach (var row in table.Rows)
            {
                foreach (var (cell, width) in row.Cells.Zip(widths))
                    cell.Width = Units.Text(width);
                var cantSplit = row.Properties.GetFirstChild<W.CantSplit>();
                var mustHold = !TableWriter.TallerThanPage(row.Row, widths, context);
                if (mustHold && cantSplit is null)
                    row.Properties.PrependChild(new W.CantSplit());
                else if (!mustHold)
                    cantSplit?.Remove();
            }
        }
        _written.Clear();
    }

    /// Points to twips in proportion, rounded at the column edges so each column is within a twip of its share and
    /// the columns add up to <paramref name="available"/> exactly.
    internal static int[] Twips(IReadOnlyList<double> points, int available)
    {
        var total = points.Sum();
        var widths = new int[points.Count];
        var edge = 0.0;
        var previous = 0;
        for (var i = 0; i < points.Count; i++)
        {
            edge += points[i];
            var next = total > 0 ? (int)Math.Round(edge * available / total) : (int)Math.Round((i + 1.0) * available / points.Count);
            widths[i] = next - previous;
            previous = next;
        }
        if (widths.Length > 0)
            widths[^1] += available - previous;
        return widths;
    }
}
