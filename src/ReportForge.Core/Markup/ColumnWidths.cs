using System.Globalization;
using ReportForge.Diagnostics;
using ReportForge.Model;
using Block = Markdig.Syntax.Block;

namespace ReportForge.Markup;

/// <summary>Parses a table's <c>widths</c> attribute: <c>"20%,30%,auto"</c>, <c>"90pt,*"</c>; plain numbers are percent.</summary>
internal static class ColumnWidths
{
    public static ColumnWidth[] Parse(string? value, int columnCount, Block table)
    {
        var widths = Enumerable.Repeat(ColumnWidth.Auto, columnCount).ToArray();
        if (string.IsNullOrWhiteSpace(value)) return widths;

        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != columnCount)
            throw Bad(table, $"widths=\"{value}\" names {parts.Length} columns but the table has {columnCount}");

        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part is "auto" or "*" or "") continue;
            var (number, kind) = part.EndsWith('%') ? (part[..^1], ColumnWidthKind.Percent)
                : part.EndsWith("pt", StringComparison.Ordinal) ? (part[..^2], ColumnWidthKind.Fixed)
                : (part, ColumnWidthKind.Percent);
            if (Number(number, kind) is not { } n)
                throw Bad(table, $"'{part}' in widths=\"{value}\" is not a width (use 25%, 90pt or auto)");
            widths[i] = new ColumnWidth(kind, n);
        }

        var percent = widths.Where(w => w.Kind == ColumnWidthKind.Percent).Sum(w => w.Value);
        if (percent > 100.0001) throw Bad(table, $"widths=\"{value}\" adds up to {percent:0.#}%, more than 100%");
        return widths;
    }

    /// <summary>One width: <c>50%</c>, <c>120pt</c>, or auto when absent.</summary>
    public static ColumnWidth ParseOne(string? value, int offset, int line)
    {
        if (string.IsNullOrWhiteSpace(value) || value == "auto") return ColumnWidth.Auto;
        var (number, kind) = value.EndsWith('%') ? (value[..^1], ColumnWidthKind.Percent)
            : value.EndsWith("pt", StringComparison.Ordinal) ? (value[..^2], ColumnWidthKind.Fixed)
            : (value, ColumnWidthKind.Percent);
        if (Number(number, kind) is not { } n || (kind == ColumnWidthKind.Percent && n > 100))
            throw new MarkupError(ErrorCodes.MarkupBadAttribute, $"width=\"{value}\" is not a width (use 50%, 120pt or auto)", offset, line);
        return new ColumnWidth(kind, n);
    }

    /// <summary>The widest fixed width read, in points: 200 inches, the largest page a PDF may have.</summary>
    public const double MaxFixed = 14_400;

    // A positive, finite number: NaN% and Infinitypt parse as doubles but would reach the PDF's operators.
    private static double? Number(string text, ColumnWidthKind kind) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && n > 0
        && (kind != ColumnWidthKind.Fixed || n <= MaxFixed) ? n : null;

    private static MarkupError Bad(Block table, string message) =>
        new(ErrorCodes.MarkupBadAttribute, message, table.Span.Start, table.Line);
}
