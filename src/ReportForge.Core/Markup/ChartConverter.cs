using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportForge.Diagnostics;
using ReportForge.Model;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace ReportForge.Markup;

/// <summary>
/// Reads a <c>::: chart {type="…" title="…" alt="…" stacked="true" tones="…"}</c> container: its data is one pipe table
/// (first column the categories or dates, a column per series, the header row naming them; a timeline's columns are
/// date, label and an optional group) or one fenced <c>json</c> block (<see cref="ChartJson"/>).
/// </summary>
internal static class ChartConverter
{
    public static Chart Convert(CustomContainer container, Func<MdTableCell, string> cellText, Func<int, int, BlockOrigin>? origin)
    {
        var attributes = container.TryGetAttributes();
        var kind = Kind(container, BlockConverter.Attribute(attributes, "type"));
        var stacked = BlockConverter.Attribute(attributes, "stacked") is { } s && s is "true" or "";
        if (stacked && kind is not (ChartKind.Bar or ChartKind.Column))
            throw Error(ErrorCodes.ChartBadContent, $"stacked applies to bar and column charts, not to a {Name(kind)} chart", container);
        var data = container.Where(b => b is not BlankLineBlock).ToList();
        if (data.Count == 0)
            throw Error(ErrorCodes.ChartNoData,
                "the chart has no data; put a pipe table (categories, then a column per series) or a ```json block inside '::: chart'", container);
        if (data.Count > 1)
            throw Error(ErrorCodes.ChartBadContent, "a chart holds one pipe table or one ```json block, and nothing else", data[1]);
        var chart = data[0] switch
        {
            MdTable table => FromTable(kind, table, cellText),
            FencedCodeBlock fenced when (fenced.Info ?? "").Trim() == "json" => ChartJson.Read(kind, fenced),
            var other => throw Error(ErrorCodes.ChartBadContent, $"a chart holds one pipe table or one ```json block, not a {What(other)}", other),
        };
        var tones = BlockConverter.Attribute(attributes, "tones")?.Split(',', StringSplitOptions.TrimEntries);
        var series = tones is null ? chart.Series
            : [.. chart.Series.Select((one, i) => i < tones.Length && tones[i].Length > 0 ? one with { Tone = tones[i] } : one)];
        return chart with
        {
            Title = BlockConverter.Attribute(attributes, "title"),
            AltText = BlockConverter.Attribute(attributes, "alt") is { Length: > 0 } alt ? alt : null,
            Stacked = stacked,
            Series = series,
            Origin = origin?.Invoke(container.Span.Start, container.Line),
        };
    }

    private static ChartKind Kind(CustomContainer container, string? type) => type switch
    {
        "timeline" => ChartKind.Timeline,
        "bar" => ChartKind.Bar,
        "column" => ChartKind.Column,
        "line" => ChartKind.Line,
        "pie" => ChartKind.Pie,
        "donut" => ChartKind.Donut,
        null => throw Error(ErrorCodes.ChartUnknownType,
            "'::: chart' needs a type: ::: chart {type=\"column\"} (timeline, bar, column, line, pie or donut)", container),
        _ => throw Error(ErrorCodes.ChartUnknownType,
            $"type=\"{type}\" is not a kind of chart; use timeline, bar, column, line, pie or donut", container),
    };

    private static string What(Markdig.Syntax.Block block) => block.GetType().Name.Replace("Block", "", StringComparison.Ordinal).ToLowerInvariant();

    internal static string Name(ChartKind kind) => kind.ToString().ToLowerInvariant();

    private static Chart FromTable(ChartKind kind, MdTable table, Func<MdTableCell, string> cellText)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var header = rows.TakeWhile(r => r.IsHeader).LastOrDefault();
        var body = rows.Where(r => !r.IsHeader).ToList();
        if (header is null || body.Count == 0)
            throw Error(ErrorCodes.ChartNoData, "the chart's table has no rows of data under its header row", table);
        var names = header.OfType<MdTableCell>().Select(cellText).ToList();
        if (names.Count < 2)
            throw Error(ErrorCodes.ChartNoData, kind == ChartKind.Timeline
                ? "a timeline's table needs a date column and a label column (and optionally a group column)"
                : "the chart's table needs a column of categories and at least one column of values", table);
        var cells = new List<List<string>>();
        foreach (var row in body)
        {
            var texts = row.OfType<MdTableCell>().Select(cellText).ToList();
            if (texts.Count != names.Count)
                throw Error(ErrorCodes.ChartSeriesLengths,
                    $"this row has {texts.Count} cells but the header has {names.Count}; give every series a value for every category", row);
            // Markdig pads a short row with empty cells, so a missing value and a missing cell read alike.
            var empty = texts.FindIndex(1, t => t.Trim().Length == 0);
            if (empty > 0 && (kind != ChartKind.Timeline || empty == 1))
                throw Error(ErrorCodes.ChartSeriesLengths,
                    $"this row has no value for '{names[empty]}'; give every series a value for every category (0 for none)", row);
            cells.Add(texts);
        }
        if (kind == ChartKind.Timeline)
        {
            if (names.Count > 3)
                throw Error(ErrorCodes.ChartBadContent, $"a timeline's table has date, label and group columns; this one has {names.Count}", table);
            var events = body.Select((row, i) => new ChartCategory(cells[i][0], Date(cells[i][0], row))).ToList();
            return new Chart(kind, null, events, [])
            {
                CategoryName = names[0],
                PointLabels = [.. cells.Select(c => c[1])],
                Groups = names.Count == 3 ? [.. cells.Select(c => c[2])] : [],
            };
        }
        var overDates = kind == ChartKind.Line && IsDate(cells[0][0]);
        var categories = body.Select((row, i) => new ChartCategory(cells[i][0], overDates ? Date(cells[i][0], row) : null)).ToList();
        var series = names.Skip(1).Select((name, s) =>
            new ChartSeries(name, [.. body.Select((row, i) => Number(cells[i][s + 1], row))])).ToList();
        return new Chart(kind, null, categories, series) { CategoryName = names[0] };
    }

    internal static bool IsDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    internal static DateOnly Date(string text, Markdig.Syntax.Block at) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw Error(ErrorCodes.ChartBadDate, $"'{text}' is not a date; write dates as yyyy-MM-dd, such as 2022-01-10", at);

    internal static double Number(string text, Markdig.Syntax.Block at)
    {
        if (double.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite
                | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        throw Error(ErrorCodes.ChartBadNumber,
            $"'{text}' is not a number; write values with a point for decimals and no thousands separator, such as 1234.5", at);
    }

    internal static MarkupError Error(string code, string message, Markdig.Syntax.Block at) => new(code, message, at.Span.Start, at.Line);
}
