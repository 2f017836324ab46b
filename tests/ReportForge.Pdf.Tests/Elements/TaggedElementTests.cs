using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;
using static ReportForge.Pdf.Canvas.RecordingCanvas;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>A tagged element draws its child as it is, inside a structure element opened again on every page.</summary>
public sealed class TaggedElementTests
{
    [Fact]
    public void A_child_that_splits_is_tagged_on_each_page_it_draws_on()
    {
        var child = new FakeFlow(40, lines: 15);
        var layout = ElementHarness.For(new TaggedElement(child, StructureKind.BlockQuote, level: 2), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(40, 100), SpacePlan.Full(40, 50)], plans);
        Assert.Equal([(1, 0.0, 0.0, 40.0, 100.0), (2, 0.0, 0.0, 40.0, 50.0)], child.Drawn.Select(d => d.Box));
        Assert.Equal([new OpenedStructure(1, StructureKind.BlockQuote, 2, null), new OpenedStructure(2, StructureKind.BlockQuote, 2, null)],
            layout.Canvas.OpenedStructures);
    }

    [Fact]
    public void It_answers_as_its_child_does_and_tags_nothing_where_the_child_does_not_fit()
    {
        var layout = ElementHarness.For(new TaggedElement(FakeChild.Sized(40, 60), StructureKind.Figure), 100, 100);

        var low = layout.MeasureThenDraw(new Size(100, 50));
        var fresh = layout.MeasureThenDraw();

        Assert.Equal(SpacePlanKind.Wrap, low.Kind);
        Assert.Equal(SpacePlan.Full(40, 60), fresh);
        Assert.Equal([new OpenedStructure(2, StructureKind.Figure, 0, null)], layout.Canvas.OpenedStructures);
        Assert.Equal((2, 0.0, 0.0, 40.0, 60.0), layout.Canvas.Rectangles.Select(r => (r.Page, r.X, r.Y, r.Width, r.Height)).Single());
    }

    [Fact]
    public void A_tagged_heading_still_moves_with_what_follows_it()
    {
        var heading = new FakeChild(80, 20) { KeepsWithNext = true };
        var body = FakeChild.Sized(80, 40);
        var column = new ColumnElement([FakeChild.Sized(80, 60), new TaggedElement(heading, StructureKind.Heading, level: 1), body]);
        var layout = ElementHarness.For(column, 100, 100);

        layout.LayOut();

        Assert.Equal((2, 0.0, 0.0, 80.0, 20.0), Assert.Single(heading.Drawn).Box);
        Assert.Equal((2, 0.0, 20.0, 80.0, 40.0), Assert.Single(body.Drawn).Box);
        Assert.Equal([new OpenedStructure(2, StructureKind.Heading, 1, null)], layout.Canvas.OpenedStructures);
    }
}
