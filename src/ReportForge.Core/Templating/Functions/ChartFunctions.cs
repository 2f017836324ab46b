using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Chart data from notes lists, as the fenced <c>json</c> block a <c>::: chart</c> container holds (docs/templates.md,
/// "Charts"):
/// <code>
/// ::: chart {type="column" title="Talks by status"}
/// {{ chart_counts talks "status" }}                    → how many items have each value, in first-seen order
/// :::
/// ::: chart {type="timeline" title="The talks"}
/// {{ chart_timeline talks "date" "title" "status" }}   → one event per item, by date
/// :::
/// </code>
/// The block is written as is (raw markup): its JSON is one line, so no text in it can end the fence or the container,
/// and a backtick is written as <c>\u0060</c>.
/// </summary>
internal static class ChartFunctions
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Register(ScriptObject target)
    {
        target.Add("chart_counts", 1, (list, field, series) => Counts(list, ScriptFunctions.Text(field), ScriptFunctions.Text(series)));
        target.SetValue("chart_timeline", new ScriptFunction("chart_timeline", 3, 4, a =>
            Timeline(a[0], ScriptFunctions.Text(a[1]), ScriptFunctions.Text(a[2]), a.Count > 3 ? ScriptFunctions.Text(a[3]) : "")), true);
    }

    /// <summary>The count of items per value of <paramref name="field"/>; items without one are left out.</summary>
    private static RawMarkup Counts(object? list, string field, string series)
    {
        if (field.Length == 0) throw new ArgumentException("name the field to count by, such as chart_counts talks \"status\"");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in Items(list))
        {
            var value = Value(ListFunctions.Field(item, field));
            if (value is null) continue;
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
        return Json(writer =>
        {
            writer.WriteStartArray("categories");
            foreach (var key in counts.Keys) writer.WriteStringValue(key);
            writer.WriteEndArray();
            writer.WriteStartArray("series");
            writer.WriteStartObject();
            writer.WriteString("name", series);
            writer.WriteStartArray("values");
            foreach (var count in counts.Values) writer.WriteNumberValue(count);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        });
    }

    /// <summary>One event per item that has a <paramref name="date"/>, in date order (ties as listed).</summary>
    private static RawMarkup Timeline(object? list, string date, string label, string group)
    {
        if (date.Length == 0 || label.Length == 0)
            throw new ArgumentException("name the date and label fields, such as chart_timeline talks \"date\" \"title\" \"status\"");
        var events = Items(list)
            .Select(item => (Date: Value(ListFunctions.Field(item, date)), Label: Value(ListFunctions.Field(item, label)),
                Group: group.Length == 0 ? null : Value(ListFunctions.Field(item, group))))
            .Where(e => e.Date is not null)
            .OrderBy(e => e.Date, StringComparer.Ordinal)
            .ToList();
        return Json(writer =>
        {
            writer.WriteStartArray("events");
            foreach (var (when, what, which) in events)
            {
                writer.WriteStartObject();
                writer.WriteString("date", when);
                writer.WriteString("label", what ?? "");
                if (which is not null) writer.WriteString("group", which);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        });
    }

    private static RawMarkup Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        // One line: the relaxed encoder still escapes line breaks; a backtick could start a closing fence.
        var json = Encoding.UTF8.GetString(buffer.ToArray()).Replace("`", "\\u0060", StringComparison.Ordinal);
        return new RawMarkup("```json\n" + json + "\n```");
    }

    private static string? Value(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"a chart takes text, numbers or dates from the notes, not '{value}'"),
    };

    private static IEnumerable<object?> Items(object? list) => list switch
    {
        null => [],
        string => throw new ArgumentException("expected a list but got text"),
        IEnumerable e => e.Cast<object?>(),
        _ => throw new ArgumentException($"expected a list but got '{list}'"),
    };
}
