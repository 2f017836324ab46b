using ReportForge.Model;
using ReportForge.Word.Inlines;

namespace ReportForge.Word.Blocks;

/// Grid column widths in twips that add up to the available width. Percent and fixed columns take their share;
/// auto columns split the rest weighted by their longest text, clamped so no column starves or dominates.
internal static class TableColumnWidths
{
    private const int MinWeight = 4;
    private const int MaxWeight = 40;
    private const int MinAutoTwips = 576;

    public static int[] Compute(Model.Table table, int columnCount, int available)
    {
        var widths = new double[columnCount];
        var weights = new double[columnCount];
        double taken = 0;
        for (var i = 0; i < columnCount; i++)
        {
            var width = i < table.Columns.Count ? table.Columns[i].Width : ColumnWidth.Auto;
            widths[i] = width.Kind switch
            {
                ColumnWidthKind.Percent => available * width.Value / 100,
                ColumnWidthKind.Fixed => Units.Twips(width.Value),
                _ => 0,
            };
            if (width.Kind == ColumnWidthKind.Auto)
                weights[i] = Math.Clamp(LongestText(table, i), MinWeight, MaxWeight);
            taken += widths[i];
        }

        var autoCount = weights.Count(w => w > 0);
        var remainder = Math.Max(available - taken, MinAutoTwips * autoCount);
        var totalWeight = weights.Sum();
        for (var i = 0; i < columnCount; i++)
        {
            if (weights[i] > 0)
                widths[i] = remainder * weights[i] / totalWeight;
        }
        return Scale(widths, available);
    }

    private static int LongestText(Model.Table table, int column) =>
        table.Rows.Where(r => column < r.Cells.Count)
            .Select(r => PlainText.Of(r.Cells[column].Content).Split('\n').Max(line => line.Length))
            .DefaultIfEmpty(0)
            .Max();

    private static int[] Scale(double[] widths, int available)
    {
        var total = widths.Sum();
        var result = new int[widths.Length];
        if (result.Length == 0)
            return result;
        for (var i = 0; i < widths.Length; i++)
            result[i] = total > 0 ? (int)Math.Floor(widths[i] * available / total) : available / widths.Length;
        result[^1] += available - result.Sum();
        return result;
    }
}
