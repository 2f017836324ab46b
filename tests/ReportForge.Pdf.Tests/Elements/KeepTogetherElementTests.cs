using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>Keep-together moves a child that would split here to the next page whole, when a page holds it.</summary>
public sealed class KeepTogetherElementTests
{
    [Fact]
    public void A_child_that_would_split_but_fits_a_fresh_page_moves_there_whole()
    {
        var child = new FakeFlow(40, lines: 6);
        var layout = ElementHarness.For(new KeepTogetherElement(child), 100, 100);

        var low = layout.MeasureThenDraw(new Size(100, 50));
        var fresh = layout.MeasureThenDraw();

        Assert.Equal(SpacePlanKind.Wrap, low.Kind);
        Assert.Equal(SpacePlan.Full(40, 60), fresh);
        Assert.Equal((2, 0.0, 0.0, 40.0, 60.0), Assert.Single(child.Drawn).Box);
    }

    [Fact]
    public void A_child_taller_than_a_page_splits_where_it_stands()
    {
        var child = new FakeFlow(40, lines: 15);
        var layout = ElementHarness.For(new KeepTogetherElement(child), 100, 100);

        layout.MeasureThenDraw(new Size(100, 50));
        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(40, 50), SpacePlan.Full(40, 100)], plans);
        Assert.Equal([(1, 0.0, 0.0, 40.0, 50.0), (2, 0.0, 0.0, 40.0, 100.0)], child.Drawn.Select(d => d.Box));
    }

    [Fact]
    public void Once_started_the_child_continues_on_the_next_page_even_when_it_would_split_again()
    {
        var child = new FakeFlow(40, lines: 25);
        var layout = ElementHarness.For(new KeepTogetherElement(child), 100, 100);

        layout.MeasureThenDraw();
        var second = layout.MeasureThenDraw(new Size(100, 30));

        Assert.Equal(SpacePlan.Partial(40, 30), second);
        Assert.Equal((2, 0.0, 0.0, 40.0, 30.0), child.Drawn[1].Box);
    }
}
