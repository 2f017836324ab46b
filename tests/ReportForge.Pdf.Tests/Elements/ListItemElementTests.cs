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
    public void An_ordered_item_takes_its_list_s_column_with_the_number_right_aligned()
    {
        var text = Texts.Block("aaaa");
        var label = Texts.Block("10.", TextAlignment.Right);
        var layout = ElementHarness.For(new ListItemElement(label, text, indent: 15) { Column = _ => new ReportForge.Theming.ListColumn(40, 30) }, 100, 100);

        layout.MeasureThenDraw();

        Assert.Equal([(1, "10.", 15.0, 9.0), (1, "aaaa", 40.0, 9.0)], layout.Canvas.Drawn());
    }
}
