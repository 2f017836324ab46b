using System.Text.Json;

namespace ReportForge.Tests.Client;

/// <summary>
/// A reader other than Word: the showcase's .docx read back with pandoc (<c>pandoc -f docx -t json</c>) keeps its
/// structure: headings with their levels, bullet and numbered lists, a table whose header row is a header,
/// footnotes, and the pictures' alt text (which pandoc finds only when the drawing namespaces are declared on
/// the document root). Needs pandoc (Debian package <c>pandoc</c>); .ci/run installs it and runs this category.
/// </summary>
[Trait("Category", "Client")]
public sealed class PandocTests : IClassFixture<PandocTests.ReadBack>
{
    public sealed class ReadBack : IDisposable
    {
        public ReadBack()
        {
            var output = CliRunner.TempDir();
            var result = ReportEngine.Render(new ReportRequest
            {
                NotesPath = Path.Combine(TestPaths.Template("showcase"), "sample.json"),
                Template = "showcase",
                TemplateFolders = [TestPaths.Templates],
                OutputDirectory = output,
                Formats = ["docx"],
            });
            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
            Ast = Pandoc.Read(Path.Combine(output, "sample.docx"));
        }

        public JsonDocument Ast { get; }

        public JsonElement Blocks => Ast.RootElement.GetProperty("blocks");

        public void Dispose() => Ast.Dispose();
    }

    private readonly ReadBack _read;

    public PandocTests(ReadBack read) => _read = read;

    [Fact]
    public void Headings_keep_their_levels_and_the_title_is_the_documents_title()
    {
        var headings = Pandoc.All(_read.Blocks, "Header")
            .Select(Pandoc.Content)
            .Where(c => !c[1][1].EnumerateArray().Any(cls => cls.ValueEquals("TOC-Heading")))
            .Select(c => (c[0].GetInt32(), Pandoc.Text(c[2])))
            .ToList();

        Assert.Equal(
            [(1, "Text"), (2, "Hyphenation and long words"), (2, "Scripts and fallback fonts"), (1, "Figures"), (1, "Contacts"),
             (1, "Quotes, code and lists")],
            headings);
        var title = _read.Ast.RootElement.GetProperty("meta").GetProperty("title");
        Assert.Equal("ReportForge typesetting showcase", Pandoc.Text(Pandoc.Content(title)));
    }

    [Fact]
    public void Bullet_and_numbered_lists_are_lists()
    {
        var bullets = Assert.Single(Pandoc.All(_read.Blocks, "BulletList"));
        Assert.Equal(
            ["the heading above a block never ends a page,", "a paragraph leaves no single line behind,",
             "and a row of a table moves whole to the next page."],
            Pandoc.Content(bullets).EnumerateArray().Select(Pandoc.Text).ToList());

        var numbered = Pandoc.Content(Assert.Single(Pandoc.All(_read.Blocks, "OrderedList")));
        Assert.Equal(1, numbered[0][0].GetInt32());
        Assert.Equal("Decimal", numbered[0][1].GetProperty("t").GetString());
        var items = numbered[1].EnumerateArray().Select(Pandoc.Text).ToList();
        Assert.Equal(5, items.Count);
        Assert.Equal(("Contents with page numbers and links", "Watermark behind the text of every page"), (items[0], items[^1]));
    }

    [Fact]
    public void The_long_tables_header_row_is_its_header_and_every_row_follows()
    {
        var contacts = Pandoc.All(_read.Blocks, "Table").Select(Pandoc.Content)
            .Single(t => t[3][1].GetArrayLength() > 0);

        // The caption is the first head row, one cell across the columns (Word repeats it on each page the table runs over,
        // where the PDF writes its continuation line); the header row follows it.
        var head = contacts[3][1].EnumerateArray().ToList();
        Assert.Equal(2, head.Count);
        var caption = Assert.Single(head[0][1].EnumerateArray());
        Assert.Equal((3, "Contacts, in date order"), (caption[3].GetInt32(), Pandoc.Text(caption[4])));
        Assert.Equal(["Date", "Who", "What"], head[1][1].EnumerateArray().Select(cell => Pandoc.Text(cell[4])).ToList());
        var rows = Assert.Single(contacts[4].EnumerateArray())[3].EnumerateArray().ToList();
        Assert.Equal(72, rows.Count);
        Assert.Equal(["3 Jan 2022", "Delegation A"], rows[0][1].EnumerateArray().Take(2).Select(cell => Pandoc.Text(cell[4])).ToList());
    }

    [Fact]
    public void Footnotes_are_notes_with_their_text_in_citing_order()
    {
        var notes = Pandoc.All(_read.Blocks, "Note").Select(n => Pandoc.Text(Pandoc.Content(n))).ToList();

        Assert.Equal(5, notes.Count);
        Assert.Equal("Greek and Cyrillic are drawn with the embedded Liberation Sans: it has both scripts.", notes[1]);
        Assert.StartsWith("This footnote is long on purpose, to show a footnote continuing on the next page", notes[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Pictures_keep_their_alt_text()
    {
        var alts = Pandoc.All(_read.Blocks, "Image").Select(i => Pandoc.Text(Pandoc.Content(i)[1])).ToList();

        Assert.Equal(["Bar chart: rounds of talks per week, one bar in red", "Hills under a pale sky"], alts);
    }
}
