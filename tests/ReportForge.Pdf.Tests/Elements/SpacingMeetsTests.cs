using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>
/// Paragraph spacing meets as in Word: between two blocks whose padding collapses the larger space stands, not the sum;
/// at the top of a page the space above is dropped, except after a page break; fixed gaps (spacers in Word) still add.
/// </summary>
public sealed class SpacingMeetsTests
{
    private static PaddingElement Spaced(FakeChild child, double above, double below) => new(child, above, below) { Collapses = true };

    [Fact]
    public void Between_two_paragraphs_the_larger_space_stands()
    {
        var a = FakeChild.Sized(50, 20);
        var b = FakeChild.Sized(50, 20);
        var layout = ElementHarness.For(new ColumnElement([Spaced(a, 0, 6), Spaced(b, 14, 5)]), 100, 200);

        layout.MeasureThenDraw();

        // 20 of text, then max(6, 14) = 14, not 20.
        Assert.Equal(34.0, Assert.Single(b.Drawn).Box.Y);
    }

    [Fact]
    public void Spacing_meets_through_wrappers_and_nested_columns()
    {
        // The title block: a column kept with what follows, ending in the rule's room below; then a heading.
        var rule = FakeChild.Sized(50, 8);
        var heading = FakeChild.Sized(50, 20);
        var title = new KeepWithNextElement(new ColumnElement([Spaced(rule, 0, 7.75)]));
        var layout = ElementHarness.For(new ColumnElement([title, Spaced(heading, 14, 5)]), 100, 200);

        layout.MeasureThenDraw();

        Assert.Equal(22.0, Assert.Single(heading.Drawn).Box.Y);
    }

    [Fact]
    public void A_fixed_gap_adds_to_the_paragraph_spacing()
    {
        var a = FakeChild.Sized(50, 20);
        var b = FakeChild.Sized(50, 20);
        var layout = ElementHarness.For(new ColumnElement([Spaced(a, 0, 6), new PaddingElement(b, 2, 10)]), 100, 200);

        layout.MeasureThenDraw();

        Assert.Equal(28.0, Assert.Single(b.Drawn).Box.Y);
    }

    [Fact]
    public void The_space_above_is_dropped_at_the_top_of_a_page()
    {
        var a = FakeChild.Sized(50, 90);
        var b = FakeChild.Sized(50, 20);
        var layout = ElementHarness.For(new ColumnElement(count: 2, i => i == 0 ? Spaced(a, 0, 6) : Spaced(b, 14, 5)), 100, 100);

        layout.LayOut();

        Assert.Equal((2, 0.0, 0.0, 50.0, 20.0), Assert.Single(b.Drawn).Box);
    }

    [Fact]
    public void After_a_page_break_the_space_above_stands()
    {
        var a = FakeChild.Sized(50, 20);
        var b = FakeChild.Sized(50, 20);
        Element[] children = [Spaced(a, 0, 6), new PageBreakElement(), Spaced(b, 14, 5)];
        var layout = ElementHarness.For(new ColumnElement(count: 3, i => children[i]), 100, 100);

        layout.LayOut();

        Assert.Equal((2, 0.0, 14.0, 50.0, 20.0), Assert.Single(b.Drawn).Box);
    }
}
