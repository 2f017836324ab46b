using System.IO.Compression;
using System.Text;
using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Word.Tests;

/// <summary>
/// Per-part golden tests: each XML part of a small document is compared with a stored copy under Golden/.
/// Only line endings are normalised; the writer is reproducible, so any other difference is a change.
/// After an intended change, regenerate the stored copies and review the diff:
/// <code>REPORTFORGE_UPDATE_GOLDEN=1 dotnet test tests/ReportForge.Word.Tests --filter GoldenTests</code>
/// </summary>
public sealed class GoldenTests
{
    private const string UpdateVariable = "REPORTFORGE_UPDATE_GOLDEN";

    public static TheoryData<string> Parts => new()
    {
        "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footnotes.xml",
        "word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels",
        "[Content_Types].xml",
    };

    /// A small document touching every part: a TOC, headings, a paragraph with a footnote and a link, a list,
    /// a table, a picture; the first page without the running header, so first-page parts exist; a watermark.
    private static byte[] Small()
    {
        var theme = Theme.Default;
        theme.Header.OnFirstPage = false;
        var metadata = SampleDocument.Metadata() with { Watermark = "DRAFT" };
        var document = new Document(metadata,
        [
            new TableOfContents(null, 2),
            new Heading(1, [new TextRun("Geneva")], "geneva"),
            new Paragraph([new TextRun("Talks lasted seven hours"), new FootnoteReference("long", 1), new TextRun(". See "), new Link("#brussels", [new TextRun("Brussels")]), new TextRun(".")]),
            new ListBlock(true, 1, [new ListItem([SampleDocument.Para("Stability")]), new ListItem([SampleDocument.Para("Arms control")])]),
            new Heading(2, [new TextRun("Brussels")], "brussels"),
            new Table([new TableColumn(CellAlignment.Left, ColumnWidth.Auto), new TableColumn(CellAlignment.Right, ColumnWidth.Auto)],
                [new TableRow([new TableCell([new TextRun("Meeting")]), new TableCell([new TextRun("Date")])]),
                 new TableRow([new TableCell([new TextRun("NATO–Russia Council")]), new TableCell([new TextRun("12 January")])])], 1, "Meetings"),
            new Image(TestImages.Png(4, 2), "A small map", "Figure 1", new ColumnWidth(ColumnWidthKind.Fixed, 100)),
        ])
        {
            Footnotes = [new Footnote("long", 1, [SampleDocument.Para("From 9:00 to 16:00.")])],
        };
        return DocxWriter.Write(document, theme, new Dictionary<string, int> { ["geneva"] = 1, ["brussels"] = 2 });
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void PartMatchesItsGoldenCopy(string part)
    {
        using var zip = new ZipArchive(new MemoryStream(Small()), ZipArchiveMode.Read);
        var entry = zip.GetEntry(part);
        Assert.True(entry is not null, $"{part} is not in the package: {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var actual = reader.ReadToEnd();
        var golden = Path.Combine(GoldenFolder(), part.Replace('/', '_').Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal));

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(golden, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(golden), $"no golden copy {golden}; run with {UpdateVariable}=1 to write it");
        var expected = File.ReadAllText(golden, Encoding.UTF8).ReplaceLineEndings("\n");
        actual = actual.ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
            var from = Math.Max(0, at - 80);
            Assert.Fail($"{part} differs from {golden} at character {at}:\n expected …{Slice(expected, from)}…\n actual   …{Slice(actual, from)}…\n" +
                $"If the change is intended, run with {UpdateVariable}=1 and review the diff.");
        }
    }

    private static string Slice(string text, int from) => text.Substring(from, Math.Min(200, text.Length - from));

    private static string GoldenFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportForge.sln")))
                return Path.Combine(dir.FullName, "tests", "ReportForge.Word.Tests", "Golden");
        }
        throw new InvalidOperationException("cannot find the repository root (ReportForge.sln) above " + AppContext.BaseDirectory);
    }
}
