using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>PaddingElement places its child inside the space around it; the top goes before the first part, the bottom after the last.</summary>
public sealed class PaddingElementTests
{
    [Fact]
    public void The_child_is_drawn_inside_the_padding_and_offered_what_is_left()
    {
        var child = FakeChild.Sized(50, 70);
        var layout = ElementHarness.For(new PaddingElement(child, top: 15, bottom: 10, left: 15, right: 5), 100, 100);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(70, 95), plan);
        var drawn = Assert.Single(child.Drawn);
        Assert.Equal((1, 15.0, 15.0, 50.0, 70.0), drawn.Box);
        Assert.Equal(new Size(80, 85), drawn.Offered);
    }

    [Fact]
    public void The_top_goes_before_the_first_part_only_and_the_bottom_after_the_last()
    {
        var child = new FakeChild(50, 60, 50);
        var layout = ElementHarness.For(new PaddingElement(child, top: 15, bottom: 10), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(50, 75), SpacePlan.Full(50, 60)], plans);
        Assert.Equal([(1, 0.0, 15.0, 50.0, 60.0), (2, 0.0, 0.0, 50.0, 50.0)], child.Drawn.Select(d => d.Box));
    }

    [Fact]
    public void A_bottom_the_page_cannot_hold_is_dropped_rather_than_moving_the_child()
    {
        var child = FakeChild.Sized(50, 80);
        var layout = ElementHarness.For(new PaddingElement(child, top: 15, bottom: 10), 100, 100);

        Assert.Equal(SpacePlan.Full(50, 95), layout.MeasureThenDraw());
        Assert.Equal((1, 0.0, 15.0, 50.0, 80.0), Assert.Single(child.Drawn).Box);
    }

    [Fact]
    public void A_top_taller_than_the_space_wraps()
    {
        var child = FakeChild.Sized(50, 0);
        var layout = ElementHarness.For(new PaddingElement(child, top: 15, bottom: 0), 100, 100);

        Assert.Equal(SpacePlanKind.Wrap, layout.MeasureThenDraw(new Size(100, 10)).Kind);
        Assert.Empty(child.Drawn);
    }
}
