using ReportForge.Model;

namespace ReportForge.Word.Tests;

/// A document that exercises every block and inline the Word writer handles.
internal static class SampleDocument
{
    public const string Literal = "Literal *stars* | pipe # hash _under_ <b>not bold</b>";
    public const string Cyrillic = "Дмитро Кулеба";

    public static readonly string[] HeadingTexts = ["Security talks, January 2022", "Geneva", "Brussels & the NATO–Russia Council", "Normandy format"];

    public static DocumentMetadata Metadata(string? classification = "OFFICIAL") => new()
    {
        Title = "Security talks, January 2022",
        Subject = "Daily briefing",
        Author = "ReportForge tests",
        Keywords = ["Geneva", "NATO"],
        Language = "en-GB",
        Date = new DateOnly(2022, 1, 11),
        DisplayDate = "11 January 2022",
        Classification = classification,
        Timestamp = new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero),
    };

    public static Document Build(string? classification = "OFFICIAL") => new(Metadata(classification),
    [
        new Heading(1, [Text(HeadingTexts[0])], "security-talks"),
        new Paragraph([
            Text("The talks opened in "),
            Text("Geneva", TextStyle.Bold),
            Text(" on 10 January; "),
            Text("no breakthrough", TextStyle.Italic),
            Text(" was expected. See "),
            new Link("#normandy-format", [Text("the Normandy section")]),
            Text(" and "),
            new Link("https://www.nato.int/cps/en/natohq/index.htm", [Text("NATO")]),
            Text(". Struck: "),
            Text("withdrawn", TextStyle.Strikethrough),
            Text(", code "),
            new CodeSpan("rf --docx"),
            new LineBreak(),
            Text("Ukraine's foreign minister " + Cyrillic + " spoke after the talks."),
        ]),
        new Paragraph([Text(Literal)]),
        new Heading(2, [Text(HeadingTexts[1])], "geneva"),
        new ListBlock(false, 1,
        [
            Item("Strategic stability dialogue", new ListBlock(true, 1, [Item("First nested step"), Item("Second nested step")])),
            Item("Arms control", new ListBlock(false, 1, [Item("Nested bullet")])),
            new ListItem([Para("An item with two paragraphs."), Para("Its second paragraph is indented without a number.")]),
        ]),
        new ListBlock(true, 3, [Item("Third point"), Item("Fourth point")]),
        new Table(
            [new TableColumn(CellAlignment.Left, ColumnWidth.Auto), new TableColumn(CellAlignment.Center, new ColumnWidth(ColumnWidthKind.Percent, 20)), new TableColumn(CellAlignment.Right, ColumnWidth.Auto)],
            [
                Row("Meeting", "Place", "Date"),
                Row("Strategic Stability Dialogue", "Geneva", "10 January"),
                Row("NATO–Russia Council", "Brussels", "12 January"),
                Row("OSCE Permanent Council", "Vienna", "13 January"),
                Row("Literal | pipe", "*", "#1"),
            ],
            1,
            "Table 1. Meetings of the week"),
        new Heading(3, [Text(HeadingTexts[2])], "brussels"),
        new Quote([Para("We are not going to compromise on core principles."), Para("A second quoted paragraph.")]),
        new Callout("Key point", [Para("The sides agreed to keep talking."), new ListBlock(false, 1, [Item("Bullet inside a callout")])]),
        new KeepTogether([Para("Kept with the next paragraph."), Para("The last paragraph of the group.")]),
        new CodeBlock("dotnet run -- build notes.json\n    --template daily-briefing\n", "shell"),
        new ThematicBreak(),
        new PageBreak(),
        new Heading(2, [Text(HeadingTexts[3])], "normandy-format"),
        new Paragraph([Text("Advisers met in Paris. "), Text(Cyrillic, TextStyle.Bold)]),
    ]);

    /// The sample with what issue 4 added: a table of contents, footnotes (one cited twice), a PNG with a caption
    /// at half the text width, a wide PNG at its natural size, a JPEG at fixed points, and a watermark.
    public static Document BuildRich(string? watermark = "DRAFT")
    {
        var sample = Build();
        var blocks = sample.Blocks.ToList();
        blocks.Insert(0, new TableOfContents(null, 3));
        blocks.Insert(3, new Paragraph([Text("Talks resumed"), new FootnoteReference("geneva", 1), Text(" after a pause"), new FootnoteReference("pause", 2), Text(".")]));
        blocks.Insert(4, new Image(TestImages.Png(300, 150, dpi: 150), "Map of the venues in Geneva", "Figure 1. Venues", new ColumnWidth(ColumnWidthKind.Percent, 50)));
        blocks.Insert(5, new Image(TestImages.Png(1200, 200), "A wide banner", null, ColumnWidth.Auto));
        blocks.Insert(6, new Image(TestImages.Jpeg(), "A photograph", "Figure 2. Photo", new ColumnWidth(ColumnWidthKind.Fixed, 72)));
        blocks.Add(new Paragraph([Text("Cited again"), new FootnoteReference("geneva", 1), Text(".")]));
        return new Document(sample.Metadata with { Watermark = watermark }, blocks)
        {
            Footnotes =
            [
                new Footnote("geneva", 1, [Para("The Strategic Stability Dialogue met at the US mission.")]),
                new Footnote("pause", 2, [new Paragraph([Text("See "), new Link("https://www.osce.org/", [Text("the OSCE")]), Text(".")]), Para("A second paragraph.")]),
            ],
        };
    }

    public static TextRun Text(string text, TextStyle style = TextStyle.None) => new(text, style);

    public static Paragraph Para(string text) => new([Text(text)]);

    private static ListItem Item(string text, params Block[] more) => new([Para(text), .. more]);

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell([Text(c)])).ToList());
}
