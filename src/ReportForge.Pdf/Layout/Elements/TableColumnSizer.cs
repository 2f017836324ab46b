using ReportForge.Model;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// Column widths: fixed points first, then percent of the table, then what is left goes to the
/// auto columns by content (each gets at least its longest word, then a share of its natural width).
/// The columns never add up to more than the table's width: when even their minimums do not fit (30 columns
/// on a portrait page), every column keeps room for one letter and shares the rest in proportion to what its minimum
/// needs beyond that; long words break inside their cells.
/// </summary>
internal static class TableColumnSizer
{
    public static double[] Size(IReadOnlyList<ColumnWidth> columns, IReadOnlyList<TableRowCells> rows, double width, double padding)
    {
        var n = columns.Count;
        var widths = new double[n];
        var remaining = width;
        for (var c = 0; c < n; c++)
        {
            widths[c] = columns[c].Kind switch
            {
                ColumnWidthKind.Fixed => columns[c].Value,
                ColumnWidthKind.Percent => width * columns[c].Value / 100,
                _ => 0,
            };
            remaining -= widths[c];
        }

        var autos = Enumerable.Range(0, n).Where(c => columns[c].Kind == ColumnWidthKind.Auto).ToList();
        if (autos.Count == 0) return FitTo(widths, width);

        // The least an auto column gets: room for any one letter beside its padding.
        var floor = 2 * padding + 12;
        remaining = Math.Max(remaining, autos.Count * floor);
        var min = new double[n];
        var max = new double[n];
        foreach (var c in autos)
        {
            foreach (var row in rows)
            {
                if (c >= row.Cells.Count) continue;
                var (lo, hi) = row.Cells[c].IntrinsicWidths();
                min[c] = Math.Max(min[c], lo + 2 * padding + 0.5);
                max[c] = Math.Max(max[c], hi + 2 * padding + 0.5);
            }
            min[c] = Math.Max(min[c], floor);
            max[c] = Math.Max(max[c], min[c]);
        }

        var sumMin = autos.Sum(c => min[c]);
        var sumMax = autos.Sum(c => max[c]);
        foreach (var c in autos)
        {
            if (sumMax <= remaining)
                widths[c] = max[c] + (remaining - sumMax) * (max[c] / sumMax);
            else if (sumMin <= remaining)
                widths[c] = min[c] + (remaining - sumMin) * ((max[c] - min[c]) / Math.Max(0.001, sumMax - sumMin));
            else
                widths[c] = floor + (remaining - autos.Count * floor) * ((min[c] - floor) / Math.Max(0.001, sumMin - autos.Count * floor));
        }
        return FitTo(widths, width);
    }

    private static double[] FitTo(double[] widths, double width)
    {
        var sum = widths.Sum();
        if (sum > width && sum > 0) for (var c = 0; c < widths.Length; c++) widths[c] *= width / sum;
        return widths;
    }
}
