using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Canvas;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// The geometry the Word writer copies (Furniture): page furniture inside the printable area, the quote card.
public sealed class LookTests
{
    private static readonly StyleSheet Sheet = new(Theme.Default);

    private static double Right(RecordingCanvas.PlacedText text) => text.X + PdfSharpMeasurer.Shared.Width(text.Text, text.Face);

    [Fact]
    public void Banner_text_keeps_five_millimetres_from_the_paper_edge_while_its_bar_runs_to_it()
    {
        var theme = Theme.Default;
        var (width, height) = theme.Page.Dimensions;
        var blocks = Enumerable.Range(0, 20).Select(i => (Block)Docs.Para(Docs.Words(60, $"p{i}"))).ToArray();
        var canvas = LayoutHarness.Run(Docs.Document(blocks), theme);
        Assert.True(canvas.PageCount >= 2);

        var banners = canvas.Texts.Where(t => t.Text == "OFFICIAL" && t.Face.Bold).ToList();
        Assert.Equal(2 * canvas.PageCount, banners.Count);
        foreach (var banner in banners)
        {
            var (ascent, descent) = PdfSharpMeasurer.Shared.VerticalMetrics(banner.Face);
            Assert.InRange(banner.Baseline - ascent, Furniture.EdgeClearance - 0.01, height - Furniture.EdgeClearance);
            Assert.InRange(banner.Baseline + descent, Furniture.EdgeClearance, height - Furniture.EdgeClearance + 0.01);
            Assert.Equal(width / 2, (banner.X + Right(banner)) / 2, 1);
        }
        var bars = canvas.Rectangles.Where(r => r.Width == width && r.Height == Furniture.BannerHeight).ToList();
        Assert.Equal(2 * canvas.PageCount, bars.Count);
        Assert.All(bars, bar => Assert.True(bar.Y == 0 || Math.Abs(bar.Y + bar.Height - height) < 0.01, "the bar runs to the edge"));
    }

    [Fact]
    public void Header_and_footer_text_stand_clear_of_the_banner_and_inside_the_margins()
    {
        var theme = Theme.Default;
        theme.Header = new RunningText { Left = "{title}", Right = "Right", OnFirstPage = true };
        theme.Footer = new RunningText { Left = "Foot", Center = "Page {page}", OnFirstPage = true };
        var height = theme.Page.Dimensions.Height;
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para("x")), theme);
        var small = canvas.Texts.Where(t => !t.Face.Bold && t.Face.Size == theme.Sizes.Small).ToList();
        var header = small.Where(t => t.Baseline < theme.Page.MarginTop).ToList();
        var footer = small.Where(t => t.Baseline > height - theme.Page.MarginBottom).ToList();
        Assert.Contains(header, t => t.Text == "Right");
        Assert.Contains(footer, t => t.Text == "Foot");
        foreach (var text in header)
        {
            var (ascent, _) = PdfSharpMeasurer.Shared.VerticalMetrics(text.Face);
            Assert.True(text.Baseline - ascent >= Furniture.BannerHeight + 2, $"{text.Text} at {text.Baseline} runs into the banner");
        }
        foreach (var text in footer)
        {
            var (_, descent) = PdfSharpMeasurer.Shared.VerticalMetrics(text.Face);
            Assert.True(text.Baseline + descent <= height - Furniture.BannerHeight - 2, $"{text.Text} at {text.Baseline} runs into the banner");
        }
    }

    [Fact]
    public void With_narrow_margins_and_no_banner_running_text_still_keeps_clear_of_the_edge()
    {
        var theme = Theme.Default;
        theme.Page.MarginTop = 10;
        theme.Page.MarginBottom = 10;
        theme.Page.MarginLeft = 4;
        theme.Page.MarginRight = 4;
        theme.Header = new RunningText { Left = "Head", Right = "Right", OnFirstPage = true };
        theme.Footer = new RunningText { Left = "Foot", OnFirstPage = true };
        var (width, height) = theme.Page.Dimensions;
        var document = Docs.Document(Docs.Para("x")) with { Metadata = Docs.Metadata(classification: null) };
        var canvas = LayoutHarness.Run(document, theme);
        var furniture = canvas.Texts.Where(t => t.Text is "Head" or "Right" or "Foot").ToList();
        Assert.Equal(3, furniture.Count);
        foreach (var text in furniture)
        {
            var (ascent, descent) = PdfSharpMeasurer.Shared.VerticalMetrics(text.Face);
            Assert.InRange(text.X, Furniture.EdgeClearance - 0.01, width);
            Assert.InRange(Right(text), 0, width - Furniture.EdgeClearance + 0.01);
            Assert.InRange(text.Baseline - ascent, Furniture.EdgeClearance - 0.01, height);
            Assert.InRange(text.Baseline + descent, 0, height - Furniture.EdgeClearance + 0.01);
        }
    }

    [Fact]
    public void A_quote_is_a_card_with_its_bar_and_text_where_furniture_says_and_its_attribution_flush_left()
    {
        var theme = Theme.Default;
        var left = theme.Page.MarginLeft;
        var right = theme.Page.Dimensions.Width - theme.Page.MarginRight;
        var quote = new Quote([Docs.Para("Opening " + Docs.Words(40, "q")), Docs.Para("— Speaker " + Docs.Words(30, "a"))]);
        var canvas = LayoutHarness.Run(Docs.Document(quote, Docs.Para("after")), theme);

        var bar = Assert.Single(canvas.Rectangles, r => r.Color == theme.Colors.QuoteBar);
        Assert.Equal(left + Sheet.QuoteIndent, bar.X, 2);
        Assert.Equal(Sheet.QuoteBox.BarWidth, bar.Width, 2);
        var words = canvas.Words();
        var opening = words.Single(w => w.Text == "Opening");
        var dash = words.Single(w => w.Text == "—");
        Assert.Equal(left + (Sheet.QuoteIndent + Sheet.QuoteBox.Left), opening.X, 2);
        Assert.Equal(left + (Sheet.QuoteIndent + Sheet.QuoteBox.Left), dash.X, 2);
        Assert.InRange(opening.Baseline, bar.Y, bar.Y + bar.Height);
        Assert.InRange(dash.Baseline, bar.Y, bar.Y + bar.Height);

        // The quote's first line is justified to the right edge; the attribution's first line stops short of it.
        double LineEnd(double baseline) => canvas.Texts.Where(t => Math.Abs(t.Baseline - baseline) < 0.01).Max(Right);
        Assert.Equal(right, LineEnd(opening.Baseline), 1);
        Assert.True(LineEnd(dash.Baseline) < right - 3, "the attribution is set flush left, not justified");
    }
}
