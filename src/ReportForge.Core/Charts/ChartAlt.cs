using System.Text;
using ReportForge.Model;

namespace ReportForge.Charts;

/// <summary>
/// A chart's alternative text: the template's (<c>alt="…"</c>), else one generated from the data, a sentence naming the
/// kind and title (and a timeline's first and last dates) followed by every value, in the report's words.
/// </summary>
public static class ChartAlt
{
    /// <summary>The alternative text of <paramref name="chart"/>.</summary>
    public static string Text(Chart chart, ChartWords words) => chart.AltText ?? Sentence(chart, words) + " " + Values(chart, words);

    /// <summary>The generated sentence alone: kind and title, and a timeline's span.</summary>
    public static string Sentence(Chart chart, ChartWords words)
    {
        var kind = words.Kind(chart);
        var sentence = chart.Title is { Length: > 0 } title
            ? words["chart_alt_titled"].Replace("{kind}", kind, StringComparison.Ordinal).Replace("{title}", title, StringComparison.Ordinal)
            : kind + ".";
        var dates = chart.Categories.Where(c => c.Date is not null).Select(c => c.Date!.Value).ToList();
        if (dates.Count == 0) return sentence;
        var first = words.Category(new ChartCategory("", dates.Min()));
        var last = words.Category(new ChartCategory("", dates.Max()));
        return sentence + " " + words["chart_alt_range"].Replace("{first}", first, StringComparison.Ordinal)
            .Replace("{last}", last, StringComparison.Ordinal);
    }

    /// <summary>Every point: "Held 3; Scheduled 1." (one series), "Held: Talks 3, Calls 2; …" (several), "10 Jan 2022 Geneva talks (held); …".</summary>
    public static string Values(Chart chart, ChartWords words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            if (i > 0) text.Append("; ");
            text.Append(words.Category(chart.Categories[i]));
            if (chart.Kind == ChartKind.Timeline)
            {
                if (i < chart.PointLabels.Count && chart.PointLabels[i].Length > 0) text.Append(' ').Append(chart.PointLabels[i]);
                if (i < chart.Groups.Count && chart.Groups[i].Length > 0) text.Append(" (").Append(chart.Groups[i]).Append(')');
            }
            else if (chart.Series.Count == 1)
            {
                text.Append(' ').Append(words.Number(chart.Series[0].Values[i]));
            }
            else
            {
                text.Append(": ").AppendJoin(", ", chart.Series.Select(s => $"{s.Name} {words.Number(s.Values[i])}"));
            }
        }
        return text.Append('.').ToString();
    }
}
