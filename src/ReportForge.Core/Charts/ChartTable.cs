using ReportForge.Model;

namespace ReportForge.Charts;

/// <summary>
/// A chart's data as a table (theme <c>charts.data_table</c>), for readers who cannot see the drawing: caption the
/// title (or, untitled, the generated sentence), the categories or dates down the first column, a column per series (a
/// timeline's: date, event, group), values right-aligned in the report's number format. Both writers draw this same
/// table; until the chart drawing is built it stands in the chart's place.
/// </summary>
public static class ChartTable
{
    // The Word writer takes the PDF's column widths keyed by table instance, so a chart gives one table per words.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Chart, Tuple<ChartWords, Table>> Made = [];

    /// <summary>The data table of <paramref name="chart"/>; every point, none grouped or thinned.</summary>
    public static Table Of(Chart chart, ChartWords words)
    {
        lock (Made)
        {
            if (Made.TryGetValue(chart, out var made) && made.Item1.SameAs(words)) return made.Item2;
            var table = Build(chart, words);
            Made.AddOrUpdate(chart, Tuple.Create(words, table));
            return table;
        }
    }

    private static Table Build(Chart chart, ChartWords words)
    {
        var timeline = chart.Kind == ChartKind.Timeline;
        var overDates = chart.Categories.Count > 0 && chart.Categories[0].Date is not null;
        var first = chart.CategoryName ?? words[overDates ? "chart_date" : "chart_category"];
        List<string> headers = timeline
            ? [first, words["chart_event"], .. chart.Groups.Count > 0 ? [words["chart_group"]] : Array.Empty<string>()]
            : [first, .. chart.Series.Select(s => s.Name.Length > 0 ? s.Name : words["chart_value"])];
        var rows = new List<TableRow> { Row(headers) };
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var category = words.Category(chart.Categories[i]);
            rows.Add(Row(timeline
                ? [category, At(chart.PointLabels, i), .. chart.Groups.Count > 0 ? [At(chart.Groups, i)] : Array.Empty<string>()]
                : [category, .. chart.Series.Select(s => words.Number(s.Values[i]))]));
        }
        var columns = headers.Select((_, c) => new TableColumn(c == 0 || timeline ? CellAlignment.Left : CellAlignment.Right, ColumnWidth.Auto)).ToList();
        var caption = chart.Title is { Length: > 0 } title ? title : ChartAlt.Sentence(chart, words);
        return new Table(columns, rows, 1, caption) { Marking = chart.Marking };
    }

    private static string At(IReadOnlyList<string> list, int index) => index < list.Count ? list[index] : "";

    private static TableRow Row(IEnumerable<string> texts) => new([.. texts.Select(t => new TableCell(t.Length == 0 ? [] : [new TextRun(t)]))]);
}
