using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>
/// A text block breaks its text into lines for the width, aligns them, and splits between lines without leaving one
/// alone at the foot or top of a page. (Each character is 5 pt wide, each line 12 pt tall, its baseline at 9.)
/// </summary>
public sealed class TextBlockElementTests
{
    private static ElementHarness Lay(TextBlockElement block, double width, double height) =>
        ElementHarness.For(new TaggedElement(block, StructureKind.Paragraph), width, height);

    // "l1" .. "lN": 10 pt each, so one to a line 10 pt wide.
    private static TextBlockElement Lines(int count) => Texts.Block(string.Join(" ", Enumerable.Range(1, count).Select(i => $"l{i}")));

    [Fact]
    public void Words_fill_each_line_to_the_width_and_lines_stack_by_their_height()
    {
        var layout = Lay(Texts.Block("aaaa bbbb cccc"), 50, 100);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(45, 24), plan);
        Assert.Equal([(1, "aaaa bbbb", 0.0, 9.0), (1, "cccc", 0.0, 21.0)], layout.Canvas.Drawn());
    }

    [Fact]
    public void Justified_lines_stretch_their_spaces_to_both_edges_except_the_last()
    {
        var layout = Lay(Texts.Block("aa bb cc dd", TextAlignment.Justify), 50, 100);

        layout.MeasureThenDraw();

        // 10 pt of slack over two 5 pt spaces: the spaces take 1.3 times (3 pt), the six letters 2 % of the size each
        // (1.2 pt), the spaces the rest; "cc" and the space after its last letter end at the right edge (50).
        Assert.Equal([(1, "aa", 0.0, 9.0), (1, "bb", 19.8, 9.0), (1, "cc", 39.6, 9.0), (1, "dd", 0.0, 21.0)],
            layout.Canvas.Drawn().Select(d => (d.Page, d.Text, Math.Round(d.X, 6), d.Baseline)));
    }

    [Theory]
    [InlineData(TextAlignment.Left, 0)]
    [InlineData(TextAlignment.Center, 15)]
    [InlineData(TextAlignment.Right, 30)]
    public void A_line_shorter_than_the_width_is_placed_by_the_alignment(TextAlignment alignment, double x)
    {
        var layout = Lay(Texts.Block("aaaa", alignment), 50, 100);

        layout.MeasureThenDraw();

        Assert.Equal([(1, "aaaa", x, 9.0)], layout.Canvas.Drawn());
    }

    [Fact]
    public void What_does_not_fit_continues_at_the_top_of_the_next_page()
    {
        var layout = Lay(Lines(5), 10, 36);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(10, 36), SpacePlan.Full(10, 24)], plans);
        Assert.Equal([(1, "l1", 0.0, 9.0), (1, "l2", 0.0, 21.0), (1, "l3", 0.0, 33.0), (2, "l4", 0.0, 9.0), (2, "l5", 0.0, 21.0)],
            layout.Canvas.Drawn());
    }

    [Fact]
    public void The_last_line_is_not_left_alone_at_the_top_of_a_page()
    {
        var layout = Lay(Lines(4), 10, 36);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(10, 24), SpacePlan.Full(10, 24)], plans);
        Assert.Equal([1, 1, 2, 2], layout.Canvas.Texts.Select(t => t.Page));
    }

    [Fact]
    public void The_first_line_is_not_left_alone_at_the_foot_of_a_page()
    {
        var layout = Lay(Lines(4), 10, 100);

        var plan = layout.MeasureThenDraw(new Size(10, 20));

        Assert.Equal(SpacePlanKind.Wrap, plan.Kind);
        Assert.Empty(layout.Canvas.Texts);
    }
}
