using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>A heading never splits, keeps with what follows, and marks its anchor and bookmark on the page it lands on.</summary>
public sealed class HeadingElementTests
{
    private static HeadingElement Heading(string text) => new(Texts.Block(text), 1, "intro", "Intro");

    [Fact]
    public void A_heading_moves_with_its_follower_and_its_anchor_and_bookmark_go_with_it()
    {
        var filler = FakeChild.Sized(100, 70);
        var body = FakeChild.Sized(100, 30);
        var layout = ElementHarness.For(new ColumnElement([filler, Heading("Intro"), body]), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(100, 70), SpacePlan.Full(100, 42)], plans);
        Assert.Equal([(2, "Intro", 0.0, Texts.Baseline)], layout.Canvas.Drawn());
        Assert.Equal((2, 0.0), layout.Canvas.Anchors["intro"]);
        Assert.Equal([(1, "Intro", 2)], layout.Canvas.Outlines);
        Assert.Equal((2, 0.0, 12.0, 100.0, 30.0), Assert.Single(body.Drawn).Box);
        Assert.Equal([StructureKind.Heading], layout.Canvas.Structures);
    }

    [Fact]
    public void A_heading_that_would_split_wraps_instead()
    {
        // Four lines, one word each in 10 pt: three would fit in 36 pt.
        var layout = ElementHarness.For(Heading("l1 l2 l3 l4"), 10, 100);

        var low = layout.MeasureThenDraw(new Size(10, 36));
        var fresh = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.WrapBecause("the heading does not fit whole in the 36 pt left, and headings do not split"), low);
        Assert.Equal(SpacePlan.Full(10, 48), fresh);
        Assert.Equal([2, 2, 2, 2], layout.Canvas.Texts.Select(t => t.Page));
    }
}
