using System.Text.Json;
using Markdig.Syntax;
using ReportForge.Diagnostics;
using ReportForge.Model;

namespace ReportForge.Markup;

/// <summary>
/// A chart's data as a fenced <c>json</c> block: <c>{"categories": […], "series": [{"name", "values", "tone"?}],
/// "category_name"?}</c>, or for a timeline <c>{"events": [{"date", "label", "group"?}]}</c>. Errors point at the block's
/// first line (the markup line) plus the JSON line where the reader stopped.
/// </summary>
internal static class ChartJson
{
    public static Chart Read(ChartKind kind, FencedCodeBlock fenced)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(fenced.Lines.ToString(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw ChartConverter.Error(ErrorCodes.ChartBadJson,
                $"the chart's json is not valid JSON (json line {(e.LineNumber ?? 0) + 1}): {FirstSentence(e.Message)}", fenced);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw Bad("the chart's json must be an object", fenced);
            return kind == ChartKind.Timeline ? Timeline(root, fenced) : Values(kind, root, fenced);
        }
    }

    private static Chart Timeline(JsonElement root, FencedCodeBlock at)
    {
        var events = Array(root, "events", at);
        if (events.Count == 0) throw ChartConverter.Error(ErrorCodes.ChartNoData, "the timeline's \"events\" list is empty", at);
        var categories = new List<ChartCategory>();
        var labels = new List<string>();
        var groups = new List<string>();
        foreach (var item in events)
        {
            if (item.ValueKind != JsonValueKind.Object) throw Bad("each of \"events\" is an object with \"date\" and \"label\"", at);
            var date = Text(item, "date", at) ?? throw Bad("an event has no \"date\"", at);
            categories.Add(new ChartCategory(date, ChartConverter.Date(date, at)));
            labels.Add(Text(item, "label", at) ?? "");
            groups.Add(Text(item, "group", at) ?? "");
        }
        return new Chart(ChartKind.Timeline, null, categories, [])
        {
            PointLabels = labels,
            Groups = groups.All(g => g.Length == 0) ? [] : groups,
            CategoryName = Text(root, "category_name", at),
        };
    }

    private static Chart Values(ChartKind kind, JsonElement root, FencedCodeBlock at)
    {
        var names = Array(root, "categories", at).Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()!
            : throw Bad("each of \"categories\" is a string", at)).ToList();
        var seriesItems = Array(root, "series", at);
        if (names.Count == 0 || seriesItems.Count == 0)
            throw ChartConverter.Error(ErrorCodes.ChartNoData, "the chart's json has no categories or no series", at);
        var overDates = kind == ChartKind.Line && ChartConverter.IsDate(names[0]);
        var categories = names.Select(n => new ChartCategory(n, overDates ? ChartConverter.Date(n, at) : null)).ToList();
        var series = new List<ChartSeries>();
        foreach (var item in seriesItems)
        {
            if (item.ValueKind != JsonValueKind.Object) throw Bad("each of \"series\" is an object with \"name\" and \"values\"", at);
            var name = Text(item, "name", at) ?? "";
            var values = Array(item, "values", at).Select(v => v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d) ? d
                : throw ChartConverter.Error(ErrorCodes.ChartBadNumber, $"{v.GetRawText()} in series \"{name}\" is not a number", at)).ToList();
            if (values.Count != categories.Count)
                throw ChartConverter.Error(ErrorCodes.ChartSeriesLengths,
                    $"series \"{name}\" has {values.Count} values for {categories.Count} categories; give one value per category", at);
            series.Add(new ChartSeries(name, values, Text(item, "tone", at)));
        }
        return new Chart(kind, null, categories, series) { CategoryName = Text(root, "category_name", at) };
    }

    private static List<JsonElement> Array(JsonElement parent, string name, FencedCodeBlock at) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()]
            : throw ChartConverter.Error(ErrorCodes.ChartNoData, $"the chart's json has no \"{name}\" list", at);

    private static string? Text(JsonElement parent, string name, FencedCodeBlock at) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString() : throw Bad($"\"{name}\" must be a string", at);

    private static MarkupError Bad(string message, FencedCodeBlock at) => ChartConverter.Error(ErrorCodes.ChartBadJson, message, at);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
