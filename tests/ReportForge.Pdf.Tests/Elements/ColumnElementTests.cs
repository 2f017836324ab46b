using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>A column stacks its children, moves the first that does not fit to the next page, and keeps headings with what follows.</summary>
public sealed class ColumnElementTests
{
    [Fact]
    public void Children_are_stacked_top_to_bottom_each_offered_the_full_width()
    {
        var a = FakeChild.Sized(50, 30);
        var b = FakeChild.Sized(40, 20);
        var layout = ElementHarness.For(new ColumnElement([a, b]), 100, 100);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(50, 50), plan);
        Assert.Equal((1, 0.0, 0.0, 50.0, 30.0), Assert.Single(a.Drawn).Box);
        Assert.Equal((1, 0.0, 30.0, 40.0, 20.0), Assert.Single(b.Drawn).Box);
        Assert.Equal(new Size(100, 100), a.Drawn[0].Offered);
        Assert.Equal(new Size(100, 70), b.Drawn[0].Offered);
    }

    [Fact]
    public void The_first_child_that_does_not_fit_starts_the_next_page()
    {
        var a = FakeChild.Sized(60, 30);
        var b = FakeChild.Sized(60, 30);
        var c = FakeChild.Sized(60, 60);
        var layout = ElementHarness.For(new ColumnElement([a, b, c]), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(60, 60), SpacePlan.Full(60, 60)], plans);
        Assert.Equal((1, 0.0, 30.0, 60.0, 30.0), Assert.Single(b.Drawn).Box);
        Assert.Equal((2, 0.0, 0.0, 60.0, 60.0), Assert.Single(c.Drawn).Box);
    }

    [Fact]
    public void A_child_that_splits_continues_at_the_top_of_the_next_page_and_the_rest_follow_it()
    {
        var a = FakeChild.Sized(20, 10);
        var b = new FakeChild(20, 80, 40);
        var c = FakeChild.Sized(20, 25);
        var layout = ElementHarness.For(new ColumnElement([a, b, c]), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(20, 90), SpacePlan.Full(20, 65)], plans);
        Assert.Equal([(1, 0.0, 10.0, 20.0, 80.0), (2, 0.0, 0.0, 20.0, 40.0)], b.Drawn.Select(d => d.Box));
        Assert.Equal((2, 0.0, 40.0, 20.0, 25.0), Assert.Single(c.Drawn).Box);
    }

    [Fact]
    public void A_heading_whose_follower_would_not_start_on_the_page_moves_with_it()
    {
        var text = FakeChild.Sized(80, 60);
        var heading = new FakeChild(80, 20) { KeepsWithNext = true };
        var body = FakeChild.Sized(80, 40);
        var layout = ElementHarness.For(new ColumnElement([text, heading, body]), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(80, 60), SpacePlan.Full(80, 60)], plans);
        Assert.Equal((2, 0.0, 0.0, 80.0, 20.0), Assert.Single(heading.Drawn).Box);
        Assert.Equal((2, 0.0, 20.0, 80.0, 40.0), Assert.Single(body.Drawn).Box);
    }

    [Fact]
    public void A_first_child_too_tall_for_an_empty_page_makes_the_column_wrap_and_names_it()
    {
        var column = new ColumnElement([FakeChild.Sized(10, 10), FakeChild.TooTall()]);
        var layout = ElementHarness.For(column, 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlanKind.Partial, SpacePlanKind.Wrap], plans.Select(p => p.Kind));
        Assert.Equal(1, column.Current);
        Assert.DoesNotContain(layout.Canvas.Rectangles, r => r.Page == 2);
    }
}
