using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>An image is centred at its natural or given width, never wider than the column nor taller than a page.</summary>
public sealed class ImageElementTests
{
    // 200 × 100 pixels at 72 dpi: 200 × 100 points.
    private static readonly ImageData Picture = new("picture.png", ReadOnlyMemory<byte>.Empty, ImageFormat.Png, 200, 100, 72, 72);

    [Fact]
    public void An_image_narrower_than_the_column_is_centred_at_its_natural_size()
    {
        var layout = ElementHarness.For(new ImageElement(Picture, ColumnWidth.Auto, "a chart"), 300, 400);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(300, 100), plan);
        var image = Assert.Single(layout.Canvas.Images);
        Assert.Equal((1, 50.0, 0.0, 200.0, 100.0), (image.Page, image.X, image.Y, image.Width, image.Height));
        var figure = Assert.Single(layout.Canvas.OpenedStructures);
        Assert.Equal((StructureKind.Figure, "a chart"), (figure.Kind, figure.AltText));
    }

    [Fact]
    public void A_percent_width_is_of_the_column_and_the_height_follows()
    {
        var layout = ElementHarness.For(new ImageElement(Picture, new ColumnWidth(ColumnWidthKind.Percent, 50), "a chart"), 300, 400);

        layout.MeasureThenDraw();

        var image = Assert.Single(layout.Canvas.Images);
        Assert.Equal((75.0, 0.0, 150.0, 75.0), (image.X, image.Y, image.Width, image.Height));
    }

    [Fact]
    public void An_image_taller_than_a_page_less_its_reserve_is_scaled_down_to_fit()
    {
        var layout = ElementHarness.For(new ImageElement(Picture, ColumnWidth.Auto, "a chart", reserve: 20), 300, 80);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(300, 60), plan);
        var image = Assert.Single(layout.Canvas.Images);
        Assert.Equal((90.0, 0.0, 120.0, 60.0), (image.X, image.Y, image.Width, image.Height));
    }

    [Fact]
    public void An_image_that_does_not_fit_what_is_left_waits_for_the_next_page()
    {
        var layout = ElementHarness.For(new ImageElement(Picture, ColumnWidth.Auto, "a chart"), 300, 400);

        var low = layout.MeasureThenDraw(new Size(300, 99));
        var next = layout.MeasureThenDraw();
        var after = layout.MeasureThenDraw();

        Assert.Equal(SpacePlanKind.Wrap, low.Kind);
        Assert.Equal(SpacePlan.Full(300, 100), next);
        Assert.Equal(SpacePlanKind.Empty, after.Kind);
        Assert.Equal(2, Assert.Single(layout.Canvas.Images).Page);
    }
}
