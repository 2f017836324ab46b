using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>Keep-with-next draws its child as it is and holds it on the page of what follows, until it is drawn.</summary>
public sealed class KeepWithNextElementTests
{
    [Fact]
    public void A_caption_whose_follower_would_not_start_on_the_page_moves_with_it()
    {
        var filler = FakeChild.Sized(80, 60);
        var caption = FakeChild.Sized(80, 20);
        var figure = FakeChild.Sized(80, 40);
        var layout = ElementHarness.For(new ColumnElement([filler, new KeepWithNextElement(caption), figure]), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(80, 60), SpacePlan.Full(80, 60)], plans);
        Assert.Equal((2, 0.0, 0.0, 80.0, 20.0), Assert.Single(caption.Drawn).Box);
        Assert.Equal((2, 0.0, 20.0, 80.0, 40.0), Assert.Single(figure.Drawn).Box);
    }

    [Fact]
    public void Without_it_the_same_caption_stays_behind_on_the_first_page()
    {
        var caption = FakeChild.Sized(80, 20);
        var figure = FakeChild.Sized(80, 40);
        var layout = ElementHarness.For(new ColumnElement([FakeChild.Sized(80, 60), caption, figure]), 100, 100);

        layout.LayOut();

        Assert.Equal((1, 0.0, 60.0, 80.0, 20.0), Assert.Single(caption.Drawn).Box);
        Assert.Equal((2, 0.0, 0.0, 80.0, 40.0), Assert.Single(figure.Drawn).Box);
    }

    [Fact]
    public void The_child_is_measured_and_drawn_in_the_space_offered_and_lets_go_once_drawn()
    {
        var child = FakeChild.Sized(40, 30);
        var keep = new KeepWithNextElement(child);
        var layout = ElementHarness.For(keep, 100, 100);

        var heldBefore = keep.KeepWithNext;
        var plan = layout.MeasureThenDraw(new Size(70, 50));

        Assert.True(heldBefore);
        Assert.False(keep.KeepWithNext);
        Assert.Equal(SpacePlan.Full(40, 30), plan);
        Assert.Equal(new Size(70, 50), Assert.Single(child.Measured));
        Assert.Equal((1, 0.0, 0.0, 40.0, 30.0), Assert.Single(child.Drawn).Box);
        Assert.Equal(new Size(70, 50), child.Drawn[0].Offered);
    }
}
