using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class FurnitureTests
{
    [Fact]
    public void The_theme_watermark_is_drawn_first_on_every_page_as_an_artifact()
    {
        var theme = new Theme { Watermark = new WatermarkTheme { Text = "DRAFT" } };
        var blocks = Enumerable.Range(0, 30).Select(i => (Block)Docs.Para(Docs.Words(60, $"p{i}"))).ToArray();
        var canvas = LayoutHarness.Run(Docs.Document(blocks), theme);
        Assert.True(canvas.PageCount >= 3);
        Assert.Equal(Enumerable.Range(1, canvas.PageCount), canvas.RotatedTexts.Select(w => w.Page));
        Assert.All(canvas.RotatedTexts, w =>
        {
            Assert.Equal("DRAFT", w.Text);
            Assert.True(w.AsArtifact);
            Assert.Equal(0, w.Order);
            Assert.Equal(theme.Page.Dimensions.Width / 2, w.CenterX, 1);
            Assert.InRange(w.Angle, 45, 60);
        });
    }

    [Fact]
    public void The_document_watermark_overrides_the_theme()
    {
        var theme = new Theme { Watermark = new WatermarkTheme { Text = "DRAFT" } };
        var document = Docs.Document(Docs.Para("x")) with { Metadata = Docs.Metadata() with { Watermark = "SAMPLE" } };
        Assert.Equal("SAMPLE", Assert.Single(LayoutHarness.Run(document, theme).RotatedTexts).Text);
        Assert.Empty(LayoutHarness.Run(Docs.Document(Docs.Para("x"))).RotatedTexts);
    }

    [Fact]
    public void The_continuation_line_stands_above_the_repeated_header_on_later_pages_only()
    {
        var table = Docs.Table(120, header: "Header") with { Caption = "Talks" };
        var canvas = LayoutHarness.Run(Docs.Document(table));
        Assert.True(canvas.PageCount >= 3);
        var continued = canvas.Words().Where(t => t.Text == "(continued)").ToList();
        Assert.Equal(Enumerable.Range(2, canvas.PageCount - 1), continued.Select(t => t.Page));
        Assert.Equal(Enumerable.Range(1, canvas.PageCount), LayoutHarness.PagesOf(canvas, "Talks"));
        foreach (var line in continued)
        {
            var header = canvas.Words().Single(t => t.Page == line.Page && t.Text == "Header");
            Assert.True(line.Baseline < header.Baseline);
        }
    }

    [Fact]
    public void A_right_to_left_title_in_the_header_reads_as_written_in_its_slot()
    {
        var theme = new Theme { Header = new RunningText { Left = "{title}", Right = "{title}", OnFirstPage = true } };
        var document = Docs.Document(Docs.Para("x")) with { Metadata = Docs.Metadata("שיחות ז'נבה — سلام", classification: null) };
        var canvas = LayoutHarness.Run(document, theme);
        var header = canvas.Texts.Where(t => t.Baseline < theme.Page.MarginTop).OrderBy(t => t.X).ToList();
        // Each slot: the Arabic word joined (DejaVu Sans), the dash, then the Hebrew, as seen from the left.
        var left = header.Where(t => t.X < theme.Page.Dimensions.Width / 2).ToList();
        Assert.Equal(["\uFEE1\uFEFC\uFEB3", "—", "הבנ'ז", "תוחיש"], left.Select(t => t.Text));
        Assert.Equal(theme.Page.MarginLeft, left[0].X, 1);
        Assert.Equal("DejaVu Sans", left[0].Face.Family);
        var right = header.Where(t => t.X > theme.Page.Dimensions.Width / 2).ToList();
        var last = right[^1];
        Assert.Equal(theme.Page.Dimensions.Width - theme.Page.MarginRight, last.X + PdfSharpMeasurer.Shared.Width(last.Text, last.Face), 1);
    }
}

public sealed class TableStartTests
{
    [Fact]
    public void A_table_does_not_start_at_the_foot_of_a_page_with_a_single_row()
    {
        for (var filler = 10; filler < 16; filler++)
        {
            var blocks = Enumerable.Range(0, filler).Select(i => (Model.Block)Docs.Para(Docs.Words(48, $"f{i}"))).ToList();
            blocks.Add(Docs.Table(30, header: "Header") with { Caption = "Caption" });
            var canvas = LayoutHarness.Run(Docs.Document([.. blocks]));
            var firstPage = LayoutHarness.PagesOf(canvas, "Header").Min();
            Assert.Equal([firstPage], LayoutHarness.PagesOf(canvas, "row-2"));
            Assert.Equal(firstPage, LayoutHarness.PagesOf(canvas, "Caption").Min());
        }
    }
}
