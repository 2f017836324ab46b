using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class ImageLayoutTests
{
    private static readonly Theme Theme = Theme.Default;
    private static double ContentWidth => Theme.Page.Dimensions.Width - Theme.Page.MarginLeft - Theme.Page.MarginRight;
    private static double ContentHeight => Theme.Page.Dimensions.Height - Theme.Page.MarginTop - Theme.Page.MarginBottom;

    [Fact]
    public void An_image_without_width_takes_its_natural_size_centred_in_the_column()
    {
        var png = TestImages.Png(192, 96); // 96 dpi: 144 × 72 points
        var canvas = LayoutHarness.Run(Docs.Document(new Image(png, "A chart", null, ColumnWidth.Auto)));
        var placed = Assert.Single(canvas.Images);
        Assert.Equal(144, placed.Width, 2);
        Assert.Equal(72, placed.Height, 2);
        Assert.Equal(Theme.Page.MarginLeft + (ContentWidth - 144) / 2, placed.X, 2);
    }

    [Fact]
    public void A_percent_width_scales_to_the_column_and_keeps_the_aspect_ratio()
    {
        var png = TestImages.Png(40, 20);
        var canvas = LayoutHarness.Run(Docs.Document(new Image(png, "A chart", null, new ColumnWidth(ColumnWidthKind.Percent, 50))));
        var placed = Assert.Single(canvas.Images);
        Assert.Equal(ContentWidth / 2, placed.Width, 2);
        Assert.Equal(ContentWidth / 4, placed.Height, 2);
    }

    [Fact]
    public void An_image_never_passes_the_column_width_nor_the_page_height()
    {
        var wide = TestImages.Png(3000, 100);
        var tall = TestImages.Png(50, 3000);
        var canvas = LayoutHarness.Run(Docs.Document(new Image(wide, "wide", null, new ColumnWidth(ColumnWidthKind.Fixed, 2000)), new Image(tall, "tall", null, ColumnWidth.Auto)));
        Assert.Equal(ContentWidth, canvas.Images[0].Width, 2);
        Assert.True(canvas.Images[1].Height <= ContentHeight + 0.01);
        Assert.Equal(50.0 / 3000, canvas.Images[1].Width / canvas.Images[1].Height, 3);
        Assert.Equal(2, canvas.Images[1].Page);
    }

    [Fact]
    public void The_caption_sits_under_the_image_and_the_figure_carries_its_alt_text()
    {
        var png = TestImages.Png(100, 50);
        var canvas = LayoutHarness.Run(Docs.Document(new Image(png, "Bars per month", "Figure 1: talks", ColumnWidth.Auto)));
        var image = Assert.Single(canvas.Images);
        var caption = canvas.Words().Single(t => t.Text.Contains("talks"));
        Assert.True(caption.Baseline > image.Y + image.Height);
        Assert.True(caption.Face.Italic);
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Figure && s.AltText == "Bars per month");
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Caption);
    }

    [Fact]
    public void An_image_that_does_not_fit_at_the_foot_moves_to_the_next_page_with_its_caption()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 13; i++) blocks.Add(Docs.Para(Docs.Words(40, $"f{i}")));
        blocks.Add(new Image(TestImages.Png(400, 300), "photo", "Caption below", new ColumnWidth(ColumnWidthKind.Percent, 80)));
        var canvas = LayoutHarness.Run(Docs.Document([.. blocks]));
        var image = Assert.Single(canvas.Images);
        Assert.Equal(2, image.Page);
        Assert.Equal([2], LayoutHarness.PagesOf(canvas, "below"));
    }
}
