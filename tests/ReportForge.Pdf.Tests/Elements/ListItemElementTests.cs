using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>A list item draws its label in the indent and its body beside it; the label goes with the first part only.</summary>
public sealed class ListItemElementTests
{
    [Fact]
    public void The_label_stands_in_the_indent_and_the_body_beside_it()
    {
        var body = FakeChild.Sized(50, 30);
        var layout = ElementHarness.For(new ListItemElement(Texts.Block("1."), body, indent: 20), 100, 100);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(100, 30), plan);
        Assert.Equal([(1, "1.", 0.0, Texts.Baseline)], layout.Canvas.Drawn());
        var drawn = Assert.Single(body.Drawn);
        Assert.Equal((1, 20.0, 0.0, 50.0, 30.0), drawn.Box);
        Assert.Equal(new Size(80, 100), drawn.Offered);
        Assert.Equal([StructureKind.ListItem, StructureKind.ListLabel, StructureKind.ListBody], layout.Canvas.Structures);
    }

    [Fact]
    public void A_body_that_splits_continues_in_the_indent_without_its_label()
    {
        var body = new FakeChild(50, 90, 30);
        var layout = ElementHarness.For(new ListItemElement(Texts.Block("•"), body, indent: 20), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(100, 90), SpacePlan.Full(100, 30)], plans);
        Assert.Equal([(1, 20.0, 0.0, 50.0, 90.0), (2, 20.0, 0.0, 50.0, 30.0)], body.Drawn.Select(d => d.Box));
        Assert.Equal([1], layout.Canvas.Texts.Select(t => t.Page));
        Assert.DoesNotContain(layout.Canvas.OpenedStructures, s => s.Page == 2 && s.Kind == StructureKind.ListLabel);
    }

    [Fact]
    public void A_label_wider_than_the_indent_runs_on_and_the_first_line_starts_at_the_next_tab_stop()
    {
        var text = Texts.Block("aaaa bbbb cccc dddd eeee ffff gggg");
        var layout = ElementHarness.For(new ListItemElement(Texts.Block("100."), text, indent: 15) { FirstText = text, TabStop = 36 }, 100, 100);

        layout.MeasureThenDraw();

        // The label (20 pt) is one piece; the first line is 64 pt wide from the stop at 36, the others 85 from the indent.
        Assert.Equal([(1, "100.", 0.0, 9.0), (1, "aaaa bbbb", 36.0, 9.0), (1, "cccc dddd eeee", 15.0, 21.0), (1, "ffff gggg", 15.0, 33.0)],
            layout.Canvas.Drawn());
    }

    [Theory]
    [InlineData(0, 10, 15)] // fits the indent: the text at the indent
    [InlineData(0, 15, 15)]
    [InlineData(0, 16, 36)] // past it: the next stop
    [InlineData(0, 36, 72)] // a label ending on a stop goes on to the next one
    [InlineData(20, 50, 52)] // a nested list 20 pt in: stops count from the text's edge (72), not the list's
    [InlineData(20, 10, 15)]
    public void The_text_starts_at_the_indent_or_the_first_stop_past_the_label(double origin, double label, double start)
    {
        var item = new ListItemElement(Texts.Block("1."), FakeChild.Sized(10, 10), indent: 15) { TabOrigin = origin, TabStop = 36 };
        Assert.Equal(start, item.TextStart(label), 9);
    }
}
