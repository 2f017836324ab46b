using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// The PDF's look in the .docx: quote cards, bullet colour, centred figures, and page furniture inside the printable area,
/// with the geometry both writers read from Furniture.
public sealed class LookTests
{
    private static readonly StyleSheet Sheet = new(Theme.Default);

    private static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    private static DocxPackage Write(Document document, Theme? theme = null) => new(DocxWriter.Write(document, theme ?? Theme.Default));

    private static Document Doc(params Block[] blocks) => new(SampleDocument.Metadata(), blocks);

    private static Quote Quote(string text, string attribution) => new([SampleDocument.Para(text), SampleDocument.Para(attribution)]);

    [Fact]
    public void Consecutive_quotes_are_separate_cards_that_no_client_can_merge()
    {
        var theme = Theme.Default;
        using var docx = Write(Doc(Quote("First quote.", "— One, role"), Quote("Second quote.", "— Two, role")), theme);
        var body = docx.Body.ChildElements.ToList();
        var cards = docx.Body.Elements<W.Table>().ToList();
        Assert.Equal(["First quote.— One, role", "Second quote.— Two, role"], cards.Select(t => t.InnerText));
        // Something that is no table stands between them: two adjacent tables would become one.
        Assert.Contains(body.Skip(body.IndexOf(cards[0]) + 1).TakeWhile(e => e != cards[1]), e => e is W.Paragraph);
        Assert.All(cards, card => Assert.Empty(card.Descendants<W.ParagraphBorders>()));

        foreach (var card in cards)
        {
            var properties = card.GetFirstChild<W.TableProperties>()!;
            var bar = properties.TableBorders!.LeftBorder!;
            Assert.Equal(W.BorderValues.Single, bar.Val!.Value);
            Assert.Equal((uint)(Sheet.QuoteBox.BarWidth * 8), bar.Size!.Value);
            Assert.Equal(theme.Colors.QuoteBar.Hex, bar.Color!.Value);
            Assert.Equal(W.BorderValues.Nil, properties.TableBorders.TopBorder!.Val!.Value);
            Assert.Equal(Twips(Sheet.QuoteIndent), properties.TableIndentation!.Width!.Value);
            // The text starts QuoteIndent in (LibreOffice adds half the bar's width to the cell margin).
            var margins = properties.TableCellMarginDefault!;
            Assert.Equal(Twips(Sheet.QuoteBox.Left - Sheet.QuoteBox.BarWidth / 2), margins.TableCellLeftMargin!.Width!.Value);
            Assert.Equal(Twips(Sheet.QuoteBox.Top).ToString(), margins.TopMargin!.Width!.Value);
            Assert.Equal(Twips(Sheet.QuoteBox.Top).ToString(), margins.BottomMargin!.Width!.Value);
            Assert.NotNull(card.Descendants<W.CantSplit>().SingleOrDefault());

            var paragraphs = card.Descendants<W.Paragraph>().ToList();
            Assert.All(paragraphs, p => Assert.Equal("Quote", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
            Assert.Equal(W.JustificationValues.Both, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal(W.JustificationValues.Left, paragraphs[1].ParagraphProperties!.Justification!.Val!.Value);
            Assert.Equal(Twips(Sheet.QuoteParagraphGap).ToString(), paragraphs[0].ParagraphProperties!.SpacingBetweenLines!.After!.Value);
        }
    }

    [Fact]
    public void A_quote_in_a_list_item_sits_at_the_item_indent_plus_the_bar_inset()
    {
        var theme = Theme.Default;
        var list = new ListBlock(false, 1, [new ListItem([SampleDocument.Para("Item"), Quote("Quoted.", "— Someone")])]);
        using var docx = Write(Doc(list), theme);
        var card = docx.Body.Elements<W.Table>().Single();
        Assert.Equal(Twips(theme.Spacing.ListIndent) + Twips(Sheet.QuoteIndent), card.GetFirstChild<W.TableProperties>()!.TableIndentation!.Width!.Value);
    }

    [Fact]
    public void Bullets_take_the_accent_colour_and_numbers_the_text_colour()
    {
        var theme = Theme.Default;
        using var docx = Write(Doc(new ListBlock(false, 1, [new ListItem([SampleDocument.Para("a")])]),
            new ListBlock(true, 1, [new ListItem([SampleDocument.Para("b")])])), theme);
        var abstracts = docx.Main.NumberingDefinitionsPart!.Numbering!.Elements<W.AbstractNum>().ToList();
        var bullet = abstracts.Single(a => a.Elements<W.Level>().First().NumberingFormat!.Val!.Value == W.NumberFormatValues.Bullet);
        Assert.All(bullet.Elements<W.Level>(), level => Assert.Equal(theme.Colors.Accent.Hex, level.NumberingSymbolRunProperties!.Color!.Val!.Value));
        var ordered = abstracts.Single(a => a != bullet);
        Assert.All(ordered.Elements<W.Level>(), level => Assert.Null(level.NumberingSymbolRunProperties?.Color));
    }

    [Fact]
    public void Figures_and_their_captions_are_centred()
    {
        using var docx = Write(Doc(new Image(TestImages.Png(200, 100), "A map", "The map", ColumnWidth.Auto)));
        var paragraphs = docx.Body.Elements<W.Paragraph>().ToList();
        var picture = paragraphs.Single(p => p.Descendants<W.Drawing>().Any());
        var caption = paragraphs.Single(p => p.InnerText == "The map");
        Assert.Equal(W.JustificationValues.Center, picture.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(W.JustificationValues.Center, caption.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void The_banner_spans_the_paper_and_keeps_its_text_five_millimetres_from_the_edge()
    {
        var theme = Theme.Default;
        var (width, _) = theme.Page.Dimensions;
        using var docx = Write(SampleDocument.Build("SECRET"), theme);
        var section = docx.Body.GetFirstChild<W.SectionProperties>()!;
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal(0u, margin.Header!.Value);
        Assert.Equal(0u, margin.Footer!.Value);

        var header = docx.Main.HeaderParts.Single().Header!;
        var footer = docx.Main.FooterParts.Single().Footer!;
        foreach (var (banner, atTop) in new[] { (Assert.IsType<W.Table>(header.FirstChild), true), (Assert.IsType<W.Table>(footer.ChildElements[^2]), false) })
        {
            Assert.Equal("SECRET", banner.InnerText);
            var properties = banner.GetFirstChild<W.TableProperties>()!;
            Assert.Equal(Twips(width).ToString(), properties.TableWidth!.Width!.Value);
            Assert.Equal(-Twips(theme.Page.MarginLeft), properties.TableIndentation!.Width!.Value);
            var height = banner.Descendants<W.TableRowHeight>().Single();
            Assert.Equal((uint)Twips(Furniture.BannerHeight), height.Val!.Value);
            Assert.Equal(W.HeightRuleValues.Exact, height.HeightType!.Value);
            var margins = properties.TableCellMarginDefault!;
            var (top, bottom) = (margins.TopMargin!.Width!.Value, margins.BottomMargin!.Width!.Value);
            Assert.Equal(Twips(Furniture.EdgeClearance).ToString(), atTop ? top : bottom);
            Assert.Equal("0", atTop ? bottom : top);
            var cell = banner.Descendants<W.TableCell>().Single().TableCellProperties!;
            Assert.Equal(atTop ? W.TableVerticalAlignmentValues.Top : W.TableVerticalAlignmentValues.Bottom, cell.TableCellVerticalAlignment!.Val!.Value);
            Assert.Equal(theme.Banner.ColorFor("SECRET").Hex, cell.Shading!.Fill!.Value);
            Assert.Equal(((int)(Furniture.BannerTextSize * 2)).ToString(), banner.Descendants<W.FontSize>().Single().Val!.Value);
        }

        // The running header and footer stand apart from the banner, halfway to the body.
        var running = header.Elements<W.Paragraph>().First(p => p.InnerText.Length > 0);
        var gap = int.Parse(running.ParagraphProperties!.SpacingBetweenLines!.Before!.Value!);
        Assert.Equal(Twips((theme.Page.MarginTop - Furniture.BannerHeight - theme.Sizes.Small) / 2), gap);
        var footerRunning = footer.Elements<W.Paragraph>().First(p => p.InnerText.Length > 0);
        var footerGap = int.Parse(footerRunning.ParagraphProperties!.SpacingBetweenLines!.After!.Value!);
        Assert.Equal(Twips((theme.Page.MarginBottom - Furniture.BannerHeight - theme.Sizes.Small) / 2), footerGap);
        Assert.True(footerGap >= Twips(4), "the footer line keeps off the bottom banner");
        // A story ends with a paragraph: the footer's after its banner is all but empty.
        var end = Assert.IsType<W.Paragraph>(footer.LastChild);
        Assert.Equal("", end.InnerText);
        Assert.Equal(W.LineSpacingRuleValues.Exact, end.ParagraphProperties!.SpacingBetweenLines!.LineRule!.Value);
    }

    [Fact]
    public void Without_a_banner_narrow_margins_still_keep_header_and_footer_off_the_edge()
    {
        var theme = Theme.Default;
        theme.Page.MarginTop = 20;
        theme.Page.MarginBottom = 20;
        using var docx = Write(SampleDocument.Build(classification: null), theme);
        var margin = docx.Body.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageMargin>()!;
        Assert.Equal((uint)Twips(Furniture.EdgeClearance), margin.Header!.Value);
        Assert.Equal((uint)Twips(Furniture.EdgeClearance), margin.Footer!.Value);
        Assert.Empty(docx.Main.HeaderParts.Single().Header!.Descendants<W.Table>());
    }
}
