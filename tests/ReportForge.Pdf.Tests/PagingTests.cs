using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class PagingTests
{
    [Fact]
    public void Footer_reads_page_x_of_y_on_every_page()
    {
        var blocks = Enumerable.Range(0, 40).Select(i => (Block)Docs.Para(Docs.Words(60, $"p{i}"))).ToArray();
        var canvas = LayoutHarness.Run(Docs.Document(blocks));
        Assert.True(canvas.PageCount >= 3);
        for (var page = 1; page <= canvas.PageCount; page++)
            Assert.Contains(canvas.Texts, t => t.Page == page && t.Text == $"Page {page} of {canvas.PageCount}");
    }

    [Fact]
    public void The_banner_shows_the_classification_at_top_and_bottom_of_every_page()
    {
        var blocks = Enumerable.Range(0, 30).Select(i => (Block)Docs.Para(Docs.Words(60, $"p{i}"))).ToArray();
        var canvas = LayoutHarness.Run(Docs.Document(blocks));
        for (var page = 1; page <= canvas.PageCount; page++)
            Assert.Equal(2, canvas.Words().Count(t => t.Page == page && t.Text == "OFFICIAL" && t.Face.Bold));
    }

    [Fact]
    public void A_heading_never_stands_alone_at_the_foot_of_a_page()
    {
        // Fill the first page with paragraphs of varying length, so that for some filler a heading
        // would land in the last lines; whatever happens, the heading shares a page with its paragraph.
        for (var filler = 20; filler < 34; filler++)
        {
            var blocks = new List<Block>();
            for (var i = 0; i < filler; i++) blocks.Add(Docs.Para(Docs.Words(18, $"f{i}")));
            blocks.Add(Docs.H(2, "Watched heading", "watched"));
            blocks.Add(Docs.Para(Docs.Words(40, "follower")));
            var canvas = LayoutHarness.Run(Docs.Document([.. blocks]));
            var headingPage = LayoutHarness.PagesOf(canvas, "heading").Single();
            var followerPage = LayoutHarness.PagesOf(canvas, "follower").Single();
            Assert.Equal(headingPage, followerPage);
            Assert.Equal(headingPage, canvas.Anchors["watched"].Page);
        }
    }

    [Fact]
    public void Table_header_repeats_on_each_page_and_rows_do_not_split()
    {
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Table(120, header: "Header")));
        Assert.True(canvas.PageCount >= 3);
        Assert.Equal(Enumerable.Range(1, canvas.PageCount).ToList(), LayoutHarness.PagesOf(canvas, "Header"));
        for (var row = 1; row <= 120; row++)
        {
            Assert.Single(LayoutHarness.PagesOf(canvas, $"row-{row}"));
            Assert.Single(LayoutHarness.PagesOf(canvas, $"value-{row}"));
            Assert.Equal(LayoutHarness.PagesOf(canvas, $"row-{row}"), LayoutHarness.PagesOf(canvas, $"value-{row}"));
        }
    }

    [Fact]
    public void Percent_widths_are_honoured_and_cells_sit_inside_their_columns()
    {
        var theme = Theme.Default;
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Table(3)), theme);
        var contentLeft = theme.Page.MarginLeft;
        var contentWidth = theme.Page.Dimensions.Width - theme.Page.MarginLeft - theme.Page.MarginRight;
        var firstCell = canvas.Words().First(t => t.Text == "row-1");
        var secondCell = canvas.Words().First(t => t.Text == "value-1");
        Assert.Equal(contentLeft + theme.Spacing.CellPadding, firstCell.X, 1);
        Assert.Equal(contentLeft + contentWidth * 0.30 + theme.Spacing.CellPadding, secondCell.X, 1);
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para("before"), new PageBreak(), Docs.Para("after")));
        Assert.Equal(2, canvas.PageCount);
        Assert.Equal([1], LayoutHarness.PagesOf(canvas, "before"));
        Assert.Equal([2], LayoutHarness.PagesOf(canvas, "after"));
    }

    [Fact]
    public void Keep_together_moves_a_block_whole_to_the_next_page()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 24; i++) blocks.Add(Docs.Para(Docs.Words(18, $"f{i}")));
        var kept = Enumerable.Range(0, 8).Select(i => (Block)Docs.Para(Docs.Words(12, $"kept{i}"))).ToList();
        blocks.Add(new KeepTogether(kept));
        var canvas = LayoutHarness.Run(Docs.Document([.. blocks]));
        var pages = Enumerable.Range(0, 8).SelectMany(i => LayoutHarness.PagesOf(canvas, $"kept{i}")).Distinct().ToList();
        Assert.Single(pages);
    }

    [Fact]
    public void Headings_become_nested_outline_entries_and_anchors()
    {
        var canvas = LayoutHarness.Run(Docs.Document(Docs.H(1, "Talks", "talks"), Docs.H(2, "Geneva", "geneva"), Docs.Para("text"), Docs.H(1, "Quotes", "quotes")));
        Assert.Equal([(1, "Talks", 1), (2, "Geneva", 1), (1, "Quotes", 1)], canvas.Outlines);
        Assert.Equal(["talks", "geneva", "quotes"], canvas.Anchors.Keys.Order().ToList().Where(k => k != "").OrderBy(k => k == "talks" ? 0 : k == "geneva" ? 1 : 2).ToList());
    }

    [Fact]
    public void Structure_and_artifact_calls_are_balanced_on_every_page()
    {
        // RecordingCanvas throws at EndPage when anything is left open; this document uses every block kind.
        var list = new ListBlock(false, 1, [new ListItem([Docs.Para("a"), new ListBlock(true, 3, [new ListItem([Docs.Para("nested")])])])]);
        var canvas = LayoutHarness.Run(Docs.Document(Docs.H(1, "H"), Docs.Para("p"), list, new Quote([Docs.Para("q")]),
            new Callout("Note", [Docs.Para("c")]), new CodeBlock("x = 1\n  y", null), new ThematicBreak(), Docs.Table(2)));
        Assert.Contains(Canvas.StructureKind.Table, canvas.Structures);
        Assert.Contains(Canvas.StructureKind.ListLabel, canvas.Structures);
        Assert.Contains(canvas.Words(), t => t.Text == "c.");
        Assert.Contains(canvas.Words(), t => t.Text == "•");
    }
}
