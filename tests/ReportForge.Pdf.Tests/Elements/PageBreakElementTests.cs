using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>A page break and a rule in a column: the break ends the page, the rule is centred in its height.</summary>
public sealed class PageBreakElementTests
{
    [Fact]
    public void What_follows_a_page_break_starts_at_the_top_of_the_next_page()
    {
        var before = FakeChild.Sized(10, 10);
        var after = FakeChild.Sized(10, 10);
        var layout = ElementHarness.For(new ColumnElement([before, new PageBreakElement(), after]), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(10, 10), SpacePlan.Full(10, 10)], plans);
        Assert.Equal((1, 0.0, 0.0, 10.0, 10.0), Assert.Single(before.Drawn).Box);
        Assert.Equal((2, 0.0, 0.0, 10.0, 10.0), Assert.Single(after.Drawn).Box);
    }

    [Fact]
    public void A_rule_spans_the_width_centred_in_its_height()
    {
        var above = FakeChild.Sized(10, 20);
        var layout = ElementHarness.For(new ColumnElement([above, new RuleElement(12, 2, new Theming.Rgb(3, 3, 3))]), 100, 100);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(100, 32), plan);
        var rule = Assert.Single(layout.Canvas.Rectangles, r => r.Color == new Theming.Rgb(3, 3, 3));
        Assert.Equal((1, 0.0, 25.0, 100.0, 2.0), (rule.Page, rule.X, rule.Y, rule.Width, rule.Height));
    }
}
