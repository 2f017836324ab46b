using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>A box draws its border around each page's part of its child, inside its padding.</summary>
public sealed class BoxElementTests
{
    private static readonly Rgb Ink = new(7, 7, 7);

    private static readonly BoxStyle Style = new() { Border = Ink, BorderWidth = 1, PaddingTop = 6, PaddingBottom = 6, PaddingLeft = 8, PaddingRight = 8 };

    private static List<(int Page, double X, double Y, double Width, double Height)> Borders(RecordingCanvas canvas) =>
        [.. canvas.Rectangles.Where(r => r.Color == Ink).Select(r => (r.Page, r.X, r.Y, r.Width, r.Height))];

    [Fact]
    public void The_child_is_drawn_inside_the_padding_and_the_border_goes_around_the_box()
    {
        var child = FakeChild.Sized(50, 30);
        var layout = ElementHarness.For(new TaggedElement(new BoxElement(child, Style), StructureKind.BlockQuote), 100, 100);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(100, 42), plan);
        var drawn = Assert.Single(child.Drawn);
        Assert.Equal((1, 8.0, 6.0, 50.0, 30.0), drawn.Box);
        Assert.Equal(new Size(84, 88), drawn.Offered);
        Assert.Equal([(1, 0.0, 0.0, 100.0, 1.0), (1, 0.0, 41.0, 100.0, 1.0), (1, 0.0, 0.0, 1.0, 42.0), (1, 99.0, 0.0, 1.0, 42.0)], Borders(layout.Canvas));
    }

    [Fact]
    public void Each_page_part_gets_a_box_of_its_own_height()
    {
        var child = new FakeChild(50, 80, 30);
        var layout = ElementHarness.For(new TaggedElement(new BoxElement(child, Style), StructureKind.BlockQuote), 100, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(100, 92), SpacePlan.Full(100, 42)], plans);
        Assert.Equal([(1, 8.0, 6.0, 50.0, 80.0), (2, 8.0, 6.0, 50.0, 30.0)], child.Drawn.Select(d => d.Box));
        Assert.Contains((1, 0.0, 91.0, 100.0, 1.0), Borders(layout.Canvas));
        Assert.Contains((2, 0.0, 41.0, 100.0, 1.0), Borders(layout.Canvas));
    }
}
