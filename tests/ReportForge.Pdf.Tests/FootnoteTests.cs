using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class FootnoteTests
{
    private static readonly Theme Theme = Theme.Default;
    private static double ContentBottom => Theme.Page.Dimensions.Height - Theme.Page.MarginBottom;

    private static Paragraph Citing(string text, int number) => new([new TextRun(text + " cites"), new FootnoteReference($"n{number}", number), new TextRun(" and goes on.")]);

    private static Footnote Note(int number, string text) => new($"n{number}", number, [Docs.Para(text)]);

    [Fact]
    public void A_footnote_sits_at_the_foot_of_the_page_that_cites_it_with_a_raised_number()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 14; i++) blocks.Add(Docs.Para(Docs.Words(50, $"f{i}")));
        blocks.Add(Citing("target", 1));
        for (var i = 0; i < 6; i++) blocks.Add(Docs.Para(Docs.Words(50, $"g{i}")));
        var document = Docs.Document([.. blocks]) with { Footnotes = [Note(1, "notetext explains the matter.")] };
        var canvas = LayoutHarness.Run(document);

        var citingPage = LayoutHarness.PagesOf(canvas, "target").Single();
        var note = canvas.Words().Single(t => t.Text == "notetext");
        Assert.Equal(citingPage, note.Page);
        Assert.True(note.Baseline <= ContentBottom + 0.01 && note.Baseline > ContentBottom - 40, $"footnote baseline {note.Baseline}");
        var body = canvas.Words().Where(t => t.Page == citingPage && t.Face.Size >= Theme.Sizes.Body && t.Baseline < ContentBottom).ToList();
        Assert.All(body, t => Assert.True(t.Baseline < note.Baseline - 10, $"'{t.Text}' at {t.Baseline} runs into the footnote at {note.Baseline}"));
        var footer = canvas.Texts.Single(t => t.Page == citingPage && t.Text.StartsWith("Page ", StringComparison.Ordinal));
        Assert.True(footer.Baseline > note.Baseline);

        var reference = canvas.Words().Single(t => t.Page == citingPage && t.Text == "1" && t.Face.Size < Theme.Sizes.Body && t.Baseline < note.Baseline - 10);
        var cites = canvas.Words().Single(t => t.Text.StartsWith("cites", StringComparison.Ordinal));
        Assert.True(reference.Baseline < cites.Baseline - 2);
        Assert.True(reference.X >= cites.X);
    }

    [Fact]
    public void Every_footnote_lands_on_its_citing_page_and_body_text_never_overlaps_it()
    {
        var blocks = new List<Block>();
        var notes = new List<Footnote>();
        for (var i = 1; i <= 12; i++)
        {
            blocks.Add(Docs.Para(Docs.Words(45, $"fill{i}")));
            blocks.Add(Citing($"cite{i}", i));
            notes.Add(Note(i, Docs.Words(30, $"note{i}")));
        }
        var canvas = LayoutHarness.Run(Docs.Document([.. blocks]) with { Footnotes = notes });
        Assert.True(canvas.PageCount >= 2);
        for (var i = 1; i <= 12; i++)
        {
            var page = LayoutHarness.PagesOf(canvas, $"cite{i}").Single();
            Assert.Equal([page], LayoutHarness.PagesOf(canvas, $"note{i}"));
        }
        for (var page = 1; page <= canvas.PageCount; page++)
        {
            var firstNote = canvas.Words().Where(t => t.Page == page && t.Text.StartsWith("note", StringComparison.Ordinal)).Select(t => t.Baseline).DefaultIfEmpty(ContentBottom).Min();
            var lastBody = canvas.Words().Where(t => t.Page == page && t.Face.Size >= Theme.Sizes.Body && t.Baseline < ContentBottom).Select(t => t.Baseline).DefaultIfEmpty(0).Max();
            Assert.True(lastBody < firstNote - 8, $"page {page}: body at {lastBody}, footnotes from {firstNote}");
        }
    }

    [Fact]
    public void A_footnote_too_long_for_the_room_left_continues_on_the_next_page()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 8; i++) blocks.Add(Docs.Para(Docs.Words(50, $"f{i}")));
        blocks.Add(Citing("target", 1));
        for (var i = 0; i < 10; i++) blocks.Add(Docs.Para(Docs.Words(50, $"g{i}")));
        // About 700 points of footnote: more than is left under the citing line.
        var longNote = string.Join(" ", Enumerable.Range(1, 150).Select(i => $"w{i:D3} alpha bravo charlie delta echo"));
        var canvas = LayoutHarness.Run(Docs.Document([.. blocks]) with { Footnotes = [Note(1, longNote)] });

        var citingPage = LayoutHarness.PagesOf(canvas, "target").Single();
        Assert.Equal([citingPage], LayoutHarness.PagesOf(canvas, "w001"));
        Assert.Equal([citingPage + 1], LayoutHarness.PagesOf(canvas, "w150"));
        var pagesOfNote = Enumerable.Range(1, 150).Select(i => LayoutHarness.PagesOf(canvas, $"w{i:D3}").Single()).ToList();
        Assert.Equal(pagesOfNote.Order(), pagesOfNote);
        Assert.Contains(citingPage, pagesOfNote);
        // The continued part sits at the foot of the next page, under that page's body text.
        var next = citingPage + 1;
        var lastBody = canvas.Words().Where(t => t.Page == next && t.Face.Size >= Theme.Sizes.Body && t.Baseline < ContentBottom).Max(t => t.Baseline);
        Assert.True(canvas.Words().Single(t => t.Text == "w150").Baseline > lastBody);
    }

    [Fact]
    public void Paragraphs_citing_footnotes_fill_the_page_down_to_the_notes_the_rule_counted_once()
    {
        // Thirty one-line paragraphs, each citing its own one-line note: the rule above the notes is drawn once per
        // page, so the page takes paragraphs until one more (its line and its note) no longer fits.
        var blocks = Enumerable.Range(1, 30).Select(i => (Block)Citing($"cite{i}", i)).ToArray();
        var notes = Enumerable.Range(1, 30).Select(i => Note(i, $"note{i} short.")).ToList();
        var canvas = LayoutHarness.Run(Docs.Document(blocks) with { Footnotes = notes });

        var words = canvas.Words().Where(t => t.Page == 1).ToList();
        var bodyLines = words.Where(t => t.Text.StartsWith("cite", StringComparison.Ordinal) && !t.Text.StartsWith("cites", StringComparison.Ordinal))
            .Select(t => t.Baseline).Order().ToList();
        var noteLines = words.Where(t => t.Text.StartsWith("note", StringComparison.Ordinal)).Select(t => t.Baseline).Order().ToList();
        Assert.Equal(bodyLines.Count, noteLines.Count);
        var bodyPitch = bodyLines[^1] - bodyLines[^2];
        var notePitch = noteLines[^1] - noteLines[^2];
        var empty = noteLines[0] - bodyLines[^1];
        // With the rule counted once, what is left between the last body line and the first note (the rule and its
        // gaps, a line's descent and ascent) is less than one more paragraph and its note would add to it.
        Assert.True(empty < bodyPitch + notePitch + 9 + 1, $"{bodyLines.Count} paragraphs on page 1; {empty:F1} pt from the last body line to the first note (body pitch {bodyPitch:F1}, note pitch {notePitch:F1})");
    }
}
