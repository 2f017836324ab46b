using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// Issue 21: --track-changes writes the marked changes as Word revisions that accept to the document the PDF shows.
public sealed class TrackChangesTests
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly DateTimeOffset Stamp = new(2022, 1, 12, 6, 30, 0, TimeSpan.Zero);

    private static Document Changed(string? author = "Desk Analyst") => new(SampleDocument.Metadata() with { Author = author, Timestamp = Stamp }, [
        new TableOfContents(null, 3),
        new Heading(1, [new TextRun("Since the last briefing")], "since"),
        new Change(ChangeKind.Added, [
            new Heading(2, [new TextRun("A new talk")], "new-talk"),
            new Paragraph([new TextRun("Held in "), new Link("https://example.org/", [new TextRun("Brussels")]), new TextRun(" "), new Tag("New", "new")]),
            new ListBlock(false, 1, [new ListItem([SampleDocument.Para("first point")])]),
        ]),
        new Change(ChangeKind.Removed, [SampleDocument.Para("A removed talk."), new Table(
            [new TableColumn(CellAlignment.Left, ColumnWidth.Auto)], [new TableRow([new TableCell([new TextRun("gone cell")])])], 0, null)]),
        new Change(ChangeKind.Updated, [new Paragraph([
            new TextRun("Status: "), new Deleted([new TextRun("scheduled")]), new Inserted([new TextRun("held", TextStyle.Bold)]), new TextRun(".")])]),
        SampleDocument.Para("Closing."),
    ]);

    private static byte[] Write(Document document, bool track = true) => DocxWriter.Write(document, Theme.Default, (LayoutFacts?)null, trackChanges: track);

    [Theory]
    [MemberData(nameof(ValidationTests.Versions), MemberType = typeof(ValidationTests))]
    public void Revisions_are_valid_open_xml(FileFormatVersions version)
    {
        var errors = DocxPackage.Validate(Write(Changed()), version);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Added_parts_are_insertions_removed_ones_deletions_and_field_changes_both()
    {
        using var docx = new DocxPackage(Write(Changed()));
        var body = docx.Body;
        var inserted = body.Descendants<W.InsertedRun>().Select(r => r.InnerText).ToList();
        Assert.Equal(["A new talk", "Held in ", "Brussels", " \u00A0New\u00A0", "first point", "held"], inserted);
        var deleted = body.Descendants<W.DeletedRun>().Select(r => string.Concat(r.Descendants<W.DeletedText>().Select(t => t.Text))).ToList();
        Assert.Equal(["A removed talk.", "gone cell", "scheduled"], deleted);
        Assert.Empty(body.Descendants<W.DeletedRun>().SelectMany(r => r.Descendants<W.Text>()));
        // The link's runs are revisions inside the hyperlink (w:ins cannot hold a hyperlink).
        Assert.All(body.Descendants<W.Hyperlink>().Where(h => h.InnerText == "Brussels"), h => Assert.IsType<W.InsertedRun>(h.FirstChild));

        var marks = body.Descendants<W.ParagraphMarkRunProperties>().ToList();
        Assert.Equal(3, marks.Count(m => m.GetFirstChild<W.Inserted>() is not null)); // the heading, the paragraph and the list item
        // The paragraph, the table cell's and the paragraphs the table writer sets around a table: all of the removed part.
        Assert.Equal(4, marks.Count(m => m.GetFirstChild<W.Deleted>() is not null));
        Assert.NotNull(Assert.Single(body.Descendants<W.TableRow>()).TableRowProperties!.GetFirstChild<W.Deleted>());
    }

    [Fact]
    public void Every_revision_has_the_author_the_date_and_its_own_id()
    {
        using var docx = new DocxPackage(Write(Changed()));
        var revisions = docx.Body.Descendants().Where(e => e.LocalName is "ins" or "del").ToList();
        Assert.True(revisions.Count >= 12);
        Assert.All(revisions, r =>
        {
            Assert.Equal("Desk Analyst", r.GetAttribute("author", WordNs).Value);
            Assert.Equal("2022-01-12T06:30:00Z", r.GetAttribute("date", WordNs).Value);
        });
        var ids = revisions.Select(r => r.GetAttribute("id", WordNs).Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        // Bookmarks and revisions share the counter: no two annotations have one id.
        var bookmarks = docx.Body.Descendants<W.BookmarkStart>().Select(b => b.Id!.Value!).ToList();
        Assert.Empty(ids.Intersect(bookmarks));

        using var anonymous = new DocxPackage(Write(Changed(author: null)));
        Assert.All(anonymous.Body.Descendants<W.InsertedRun>(), r => Assert.Equal(TrackedChanges.DefaultAuthor, r.Author!.Value));
    }

    [Fact]
    public void The_contents_field_is_dirty_only_with_tracked_changes()
    {
        static bool Dirty(byte[] bytes)
        {
            using var docx = new DocxPackage(bytes);
            return docx.Body.Descendants<W.FieldChar>().Any(c => c.Dirty?.Value == true);
        }
        Assert.True(Dirty(Write(Changed())));
        Assert.False(Dirty(Write(Changed(), track: false)));
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        Assert.Equal(Write(Changed()), Write(Changed()));
    }

    [Fact]
    public void Accepting_every_revision_gives_the_text_written_without_them()
    {
        using var tracked = new DocxPackage(Write(Changed()));
        using var plain = new DocxPackage(Write(Changed(), track: false));
        Assert.DoesNotContain(plain.Body.Descendants(), e => e.LocalName is "ins" or "del");
        Assert.Equal(Texts(plain.Body), Accepted(tracked.Body));
    }

    private static List<string> Texts(W.Body body) => body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();

    // Accepting: deleted runs go, and a paragraph whose mark is deleted joins the next (here: it is empty, so it goes).
    private static List<string> Accepted(W.Body body)
    {
        var copy = (W.Body)body.CloneNode(true);
        foreach (var deleted in copy.Descendants<W.DeletedRun>().ToList()) deleted.Remove();
        foreach (var row in copy.Descendants<W.TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<W.Deleted>() is not null).ToList())
        {
            var table = row.Ancestors<W.Table>().First();
            row.Remove();
            if (!table.Elements<W.TableRow>().Any()) table.Remove();
        }
        foreach (var paragraph in copy.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<W.Deleted>() is not null).ToList())
        {
            Assert.Equal("", paragraph.InnerText);
            paragraph.Remove();
        }
        return Texts(copy);
    }
}
