using System.Globalization;
using ReportForge.Model;

namespace ReportForge.Charts;

/// <summary>
/// The words and formats of a chart's generated text, from the report's strings (<c>chart_*</c> keys of
/// <c>templates/_shared/strings/CULTURE.json</c>) and culture; a key the strings lack reads as the English word.
/// </summary>
public sealed class ChartWords
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["chart_kind_timeline"] = "Timeline",
        ["chart_kind_bar"] = "Bar chart",
        ["chart_kind_bar_stacked"] = "Stacked bar chart",
        ["chart_kind_column"] = "Column chart",
        ["chart_kind_column_stacked"] = "Stacked column chart",
        ["chart_kind_line"] = "Line chart",
        ["chart_kind_pie"] = "Pie chart",
        ["chart_kind_donut"] = "Donut chart",
        ["chart_alt_titled"] = "{kind}: {title}.",
        ["chart_alt_range"] = "From {first} to {last}.",
        ["chart_category"] = "Category",
        ["chart_value"] = "Value",
        ["chart_date"] = "Date",
        ["chart_event"] = "Event",
        ["chart_group"] = "Group",
        ["chart_other"] = "Other",
        ["date_short_format"] = "d MMM yyyy",
    };

    private readonly IReadOnlyDictionary<string, string> _strings;

    /// <summary>Words from <paramref name="strings"/> (the report's) formatted in <paramref name="language"/> (a BCP 47 tag).</summary>
    public ChartWords(IReadOnlyDictionary<string, string> strings, string language)
    {
        _strings = strings;
        Culture = CultureOf(language);
    }

    /// <summary>The words of <paramref name="document"/>'s strings and language.</summary>
    public static ChartWords Of(Document document) => new(document.Metadata.Strings, document.Metadata.Language);

    /// <summary>Whether <paramref name="other"/> gives the same words (the same strings in the same culture).</summary>
    public bool SameAs(ChartWords other) => ReferenceEquals(_strings, other._strings) && Culture.Equals(other.Culture);

    /// <summary>The culture numbers and dates are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The string <paramref name="key"/>: the report's, else English.</summary>
    public string this[string key] => _strings.TryGetValue(key, out var word) ? word : English[key];

    /// <summary>The name of a chart's kind, such as "Stacked column chart".</summary>
    public string Kind(Chart chart) =>
        this["chart_kind_" + chart.Kind.ToString().ToLowerInvariant() + (chart.Stacked ? "_stacked" : "")];

    /// <summary>A value in the report's culture, with as many decimals as it has.</summary>
    public string Number(double value) => value.ToString("#,##0.##########", Culture);

    /// <summary>A category's text: a date in the report's short date format, else its label as written.</summary>
    public string Category(ChartCategory category) =>
        category.Date is { } date ? date.ToString(this["date_short_format"], Culture) : category.Label;

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
