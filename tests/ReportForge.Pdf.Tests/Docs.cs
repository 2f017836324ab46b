using ReportForge.Model;

namespace ReportForge.Pdf.Tests;

/// <summary>Builds model documents in code for layout and PDF tests.</summary>
internal static class Docs
{
    public static DocumentMetadata Metadata(string title = "Test report", string? classification = "OFFICIAL") => new()
    {
        Title = title,
        Subtitle = "Daily briefing",
        Author = "Test desk",
        Subject = "Testing",
        Keywords = ["one", "two"],
        Date = new DateOnly(2022, 1, 11),
        DisplayDate = "Tuesday, January 11th, 2022",
        Classification = classification,
        Timestamp = new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero),
    };

    public static Paragraph Para(string text) => new([new TextRun(text)]);

    public static Heading H(int level, string text, string? anchor = null) => new(level, [new TextRun(text)], anchor ?? text.ToLowerInvariant().Replace(' ', '-'));

    public static string Words(int count, string seed = "lorem")
    {
        var words = new[] { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett" };
        return string.Join(' ', Enumerable.Range(0, count).Select(i => i == 0 ? seed : words[(i * 7 + seed.Length) % words.Length]));
    }

    public static Table Table(int rows, string header = "Name")
    {
        var columns = new[] { new TableColumn(CellAlignment.Left, new ColumnWidth(ColumnWidthKind.Percent, 30)), new TableColumn(CellAlignment.Left, ColumnWidth.Auto) };
        var all = new List<TableRow> { new([new TableCell([new TextRun(header)]), new TableCell([new TextRun("Value")])]) };
        for (var i = 1; i <= rows; i++)
            all.Add(new TableRow([new TableCell([new TextRun($"row-{i}")]), new TableCell([new TextRun(Words(6, $"value-{i}"))])]));
        return new Table(columns, all, 1, null);
    }

    public static Document Document(params Block[] blocks) => new(Metadata(), blocks);
}
