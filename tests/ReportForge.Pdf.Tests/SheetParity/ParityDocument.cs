using ReportForge.Model;

namespace ReportForge.Pdf.Tests.SheetParity;

/// <summary>
/// One document holding every block kind. Each block's words carry a tag of their own ("bodya1 bodya2 …"), so the
/// lines a block drew and the .docx paragraphs it became can be found by the tag. Page breaks keep each pair of
/// blocks whose distance is measured on one page.
/// </summary>
internal static class ParityDocument
{
    public static Document Build() => new(Metadata(), Blocks()) { Footnotes = [new Footnote("n", 1, [P("footna", 24)])] };

    public static string Words(string tag, int count) => string.Join(' ', Enumerable.Range(1, count).Select(i => tag + i));

    private static Paragraph P(string tag, int count) => new([new TextRun(Words(tag, count))]);

    private static DocumentMetadata Metadata() => new()
    {
        Title = "ttlx Report",
        Subtitle = "subtitlex Briefing",
        Author = "authorx Desk",
        DisplayDate = "datex Tuesday",
        Date = new DateOnly(2022, 1, 11),
        Timestamp = new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero),
    };

    private static Block[] Blocks() =>
    [
        new TableOfContents("contentsx Contents", 3),
        new Heading(1, [new TextRun("hone Alpha")], "hone"),
        P("bodya", 40),
        P("bodyb", 30),
        new Heading(2, [new TextRun("htwo Bravo")], "htwo"),
        P("bodyc", 10),
        new Heading(3, [new TextRun("hthree Charlie")], "hthree"),
        P("bodyd", 10),
        new PageBreak(),
        P("bodye", 10),
        new ListBlock(false, 1,
        [
            new ListItem([P("bula", 30)]),
            new ListItem([P("bulb", 5), new ListBlock(false, 1, [new ListItem([P("nesta", 5)])])]),
            new ListItem([P("bulc", 5)]),
        ]),
        P("bodyf", 10),
        new ListBlock(true, 1,
        [
            new ListItem([P("numa", 5)]),
            new ListItem([P("numb", 5), new ListBlock(true, 1, [new ListItem([P("numc", 5)])])]),
        ]),
        P("bodyg", 10),
        new Quote([P("quotea", 30), new Paragraph([new TextRun("— quoteby1 Someone")])]),
        new Quote([P("qsecond", 8)]),
        P("bodyh", 10),
        new PageBreak(),
        P("bodyo", 10),
        new Callout("calltitle Note", [P("callbody", 30)]),
        P("bodyi", 10),
        new CodeBlock("codea1 one\ncodea2 two\ncodea3 three\n", null),
        P("bodyj", 10),
        new PageBreak(),
        P("bodyk", 10),
        Table(),
        P("bodyl", 10),
        new Image(TestImages.Png(400, 200), "alt", "figcap1 Figure", new ColumnWidth(ColumnWidthKind.Percent, 40)),
        P("bodym", 10),
        new ThematicBreak(),
        new Paragraph([new TextRun(Words("bodyn", 10)), new FootnoteReference("n", 1)]),
    ];

    private static Table Table()
    {
        var columns = new[]
        {
            new TableColumn(CellAlignment.Left, new ColumnWidth(ColumnWidthKind.Percent, 30)), new TableColumn(CellAlignment.Left, ColumnWidth.Auto),
        };
        TableRow Row(string a, string b) => new([new TableCell([new TextRun(a)]), new TableCell([new TextRun(b)])]);
        return new Table(columns, [Row("hdra1 Name", "hdrb1 Value"), Row("cella1", Words("cellb", 20)), Row("cellc1", "celld1")], 1, "tabcap1 Caption");
    }
}
