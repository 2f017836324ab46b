using ReportForge.Model;

namespace ReportForge.Charts;

/// <summary>
/// What a chart drawing shows when the data has more points than can be labelled: decided here, from the model, so
/// the PDF and the .docx show the same (docs/templates.md, "Big charts"). Never an error.
/// <list type="bullet">
/// <item>bar and column: at most <see cref="MaxCategories"/> categories; past that the
/// <see cref="MaxCategories"/> − 1 largest (by the sum of their values, the first of equals) stay in their order and
/// the rest are summed into one last category, the strings' <c>chart_other</c>;</item>
/// <item>pie and donut: the same with at most <see cref="MaxSlices"/> slices;</item>
/// <item>timeline and line: every point is drawn, but only every k-th is labelled, k the least whole number that
/// leaves at most <see cref="MaxLabels"/> labels (the first point always is).</item>
/// </list>
/// The data table (theme <c>charts.data_table</c>) always lists every point.
/// </summary>
public static class ChartFit
{
    /// <summary>The most categories a bar or column chart draws.</summary>
    public const int MaxCategories = 12;

    /// <summary>The most slices a pie or donut draws.</summary>
    public const int MaxSlices = 8;

    /// <summary>The most point labels a timeline or line chart draws.</summary>
    public const int MaxLabels = 24;

    /// <summary>The chart as drawn: <paramref name="chart"/> itself, or with its smallest categories grouped.</summary>
    public static Chart Shown(Chart chart, ChartWords words)
    {
        var max = chart.Kind switch
        {
            ChartKind.Bar or ChartKind.Column => MaxCategories,
            ChartKind.Pie or ChartKind.Donut => MaxSlices,
            _ => int.MaxValue,
        };
        if (chart.Categories.Count <= max) return chart;
        var totals = Enumerable.Range(0, chart.Categories.Count).Select(i => chart.Series.Sum(s => Math.Abs(s.Values[i]))).ToList();
        var kept = Enumerable.Range(0, totals.Count).OrderByDescending(i => totals[i]).ThenBy(i => i).Take(max - 1).Order().ToList();
        var rest = Enumerable.Range(0, totals.Count).Except(kept).ToList();
        return chart with
        {
            Categories = [.. kept.Select(i => chart.Categories[i]), new ChartCategory(words["chart_other"])],
            Series = [.. chart.Series.Select(s => s with { Values = [.. kept.Select(i => s.Values[i]), rest.Sum(i => s.Values[i])] })],
        };
    }

    /// <summary>Every how many points a label is drawn: 1 (all) up to <see cref="MaxLabels"/> points, more past it.</summary>
    public static int LabelStep(int points) => points <= MaxLabels ? 1 : (points + MaxLabels - 1) / MaxLabels;

    /// <summary>Whether the point at <paramref name="index"/> of <paramref name="points"/> carries its label.</summary>
    public static bool Labelled(int index, int points) => index % LabelStep(points) == 0;
}
