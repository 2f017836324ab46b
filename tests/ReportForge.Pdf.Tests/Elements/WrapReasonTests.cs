using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Pdf.Tests.Elements.Kit;
using ReportForge.Theming;
using ColumnWidth = ReportForge.Model.ColumnWidth;
using ColumnWidthKind = ReportForge.Model.ColumnWidthKind;
using ImageData = ReportForge.Model.ImageData;
using ImageFormat = ReportForge.Model.ImageFormat;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>An element that wraps says why, and the elements around it pass the reason on.</summary>
public sealed class WrapReasonTests
{
    private static readonly TableStyle Style = new(CellPadding: 4, Border: new Rgb(0, 0, 0), HeaderBackground: new Rgb(200, 200, 200), ZebraBackground: null, BorderWidth: 1);

    private static readonly ColumnWidth Whole = new(ColumnWidthKind.Percent, 100);

    private static TableRowCells Row(bool header, string text) => new([Texts.Block(text)], header);

    [Fact]
    public void A_table_whose_header_is_taller_than_a_page_says_so()
    {
        // Ten words, one to a line in a 10 pt cell: 120 pt of text, 128 with the padding.
        var header = Row(true, string.Join(" ", Enumerable.Range(0, 10).Select(i => $"h{i}")));
        var table = new TableElement([Whole], [header], [Row(false, "a")], Style);

        var plan = ElementHarness.For(table, 18, 100).MeasureThenDraw();

        Assert.Equal(SpacePlanKind.Wrap, plan.Kind);
        Assert.Equal("the table's header (129 pt) is taller than a page", plan.Reason);
    }

    [Fact]
    public void A_table_row_that_does_not_fit_under_the_header_is_named_by_its_number()
    {
        var table = new TableElement([Whole], [Row(true, "H")], [Row(false, "a"), Row(false, "b")], Style);

        var plan = ElementHarness.For(table, 100, 100).MeasureThenDraw(new Size(100, 30));

        Assert.Equal("the table's body row 1 (21 pt) does not fit under the header in the 30 pt left", plan.Reason);
    }

    [Fact]
    public void A_line_of_text_taller_than_a_page_says_how_tall_it_is()
    {
        var big = new TextBlockElement([new TextSpan("big", new FontFace("Fixed", false, false, 100), default)], TextAlignment.Left, 1.2);

        var plan = ElementHarness.For(big, 200, 100).MeasureThenDraw();

        Assert.Equal("a line of text (120 pt) is taller than a page", plan.Reason);
    }

    [Fact]
    public void A_first_line_that_would_stand_alone_says_so()
    {
        var plan = ElementHarness.For(Texts.Block("l1 l2 l3"), 10, 100).MeasureThenDraw(new Size(10, 20));

        Assert.Equal("the paragraph's first line would stand alone at the foot of the page", plan.Reason);
    }

    [Fact]
    public void An_image_taller_than_the_space_left_says_how_tall_it_is()
    {
        var picture = new ImageData("picture.png", ReadOnlyMemory<byte>.Empty, ImageFormat.Png, 200, 100, 72, 72);

        var plan = ElementHarness.For(new ImageElement(picture, ColumnWidth.Auto, "a chart"), 300, 400).MeasureThenDraw(new Size(300, 50));

        Assert.Equal("the image (100 pt tall) does not fit in the 50 pt left", plan.Reason);
    }

    [Fact]
    public void Column_padding_and_list_item_pass_their_child_reason_on()
    {
        var image = new ImageElement(new ImageData("p.png", ReadOnlyMemory<byte>.Empty, ImageFormat.Png, 200, 100, 72, 72), ColumnWidth.Auto, "a chart");
        var nested = new ColumnElement([new PaddingElement(new ListItemElement(Texts.Block("1."), image, indent: 20), top: 0, bottom: 5)]);

        var plan = ElementHarness.For(nested, 300, 400).MeasureThenDraw(new Size(300, 50));

        Assert.Equal(SpacePlan.WrapBecause("the image (100 pt tall) does not fit in the 50 pt left"), plan);
    }

    [Fact]
    public void Keep_together_says_it_moves_whole()
    {
        var plan = ElementHarness.For(new KeepTogetherElement(new FakeFlow(40, lines: 6)), 100, 100).MeasureThenDraw(new Size(100, 50));

        Assert.Equal("it is kept together and moves whole to the next page", plan.Reason);
    }
}
