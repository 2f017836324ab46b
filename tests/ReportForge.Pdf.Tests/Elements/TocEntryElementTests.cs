using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;
using ReportForge.Theming;
using static ReportForge.Pdf.Canvas.RecordingCanvas;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>
/// A contents entry: the title indented beside a fixed number column ("0000", 20 pt here) and a 6 pt gap, the page
/// number from the first pass right-aligned on the title's last line, dot leaders (" .", 10 pt) ending at one x on
/// every entry, and a link to the heading over the whole entry. It never splits.
/// </summary>
public sealed class TocEntryElementTests
{
    private static readonly Rgb Grey = new(9, 9, 9);

    private static TocEntryElement Entry(string title, double indent) => new(Texts.Block(title), "intro", indent, Texts.Face, Grey);

    [Fact]
    public void The_title_is_indented_the_number_right_aligned_and_leaders_fill_between()
    {
        var layout = ElementHarness.For(Entry("Intro", indent: 10), 200, 100, pageMap: new Dictionary<string, int> { ["intro"] = 3 });

        var plan = layout.MeasureThenDraw();

        // Leaders run from 3 pt after the title (10 + 25 + 3) to 3 pt before the number column (200 - 20 - 3): 13 dots.
        Assert.Equal(SpacePlan.Full(200, 12), plan);
        Assert.Equal(
            [(1, "Intro", 10.0, Texts.Baseline), (1, "3", 195.0, Texts.Baseline), (1, string.Concat(Enumerable.Repeat(" .", 13)), 47.0, Texts.Baseline)],
            layout.Canvas.Drawn());
        Assert.Equal([new PlacedLink(1, 0, 0, 200, 12, "#intro")], layout.Canvas.Links);
        Assert.Equal(
            [new OpenedStructure(1, StructureKind.TableOfContentsItem, 0, null), new OpenedStructure(1, StructureKind.Reference, 0, null),
                new OpenedStructure(1, StructureKind.Link, 0, "Intro")],
            layout.Canvas.OpenedStructures);
    }

    [Fact]
    public void A_title_on_two_lines_gets_its_number_and_leaders_on_the_last_line()
    {
        // 100 - 20 - 6 leaves 74 pt for the title: "alpha beta" (50 pt), then "gamma" (25 pt).
        var layout = ElementHarness.For(Entry("alpha beta gamma", indent: 0), 100, 100, pageMap: new Dictionary<string, int> { ["intro"] = 12 });

        var plan = layout.MeasureThenDraw();

        const double lastBaseline = Texts.LineHeight + Texts.Baseline;
        Assert.Equal(SpacePlan.Full(100, 24), plan);
        Assert.Equal(
            [(1, "alpha beta", 0.0, Texts.Baseline), (1, "gamma", 0.0, lastBaseline), (1, "12", 90.0, lastBaseline),
                (1, " . . . .", 37.0, lastBaseline)],
            layout.Canvas.Drawn());
        Assert.Equal([new PlacedLink(1, 0, 0, 100, 24, "#intro")], layout.Canvas.Links);
    }

    [Fact]
    public void An_entry_that_would_split_moves_whole_to_the_next_page_and_is_drawn_once()
    {
        // Indented 50, the title has 24 pt: one word a line, four lines (48 pt); two would fit in 24 pt.
        var layout = ElementHarness.For(Entry("aaa bbb ccc ddd", indent: 50), 100, 100, pageMap: new Dictionary<string, int> { ["intro"] = 12 });

        var low = layout.MeasureThenDraw(new Size(100, 24));
        var fresh = layout.MeasureThenDraw();
        var after = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.WrapBecause("the contents entry does not fit whole in the 24 pt left"), low);
        Assert.Equal(SpacePlan.Full(100, 48), fresh);
        Assert.Equal(SpacePlan.Empty, after);
        Assert.Equal([(2, "aaa", 50.0), (2, "bbb", 50.0), (2, "ccc", 50.0), (2, "ddd", 50.0), (2, "12", 90.0)],
            layout.Canvas.Texts.Select(t => (t.Page, t.Text, t.X)));
        Assert.Equal(new PlacedLink(2, 0, 0, 100, 48, "#intro"), Assert.Single(layout.Canvas.Links));
    }

    [Fact]
    public void A_title_that_cannot_start_here_wraps_with_the_title_s_own_reason()
    {
        var layout = ElementHarness.For(Entry("alpha beta gamma", indent: 0), 100, 100);

        var low = layout.MeasureThenDraw(new Size(100, 20));

        Assert.Equal(SpacePlan.WrapBecause("the paragraph's first line would stand alone at the foot of the page"), low);
        Assert.Empty(layout.Canvas.Texts);
    }
}
