using ReportForge.Model;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Tests.Elements.Kit;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>
/// A table moves whole rows to the next page, repeats its header there under a continuation line, and splits a row
/// only when it is taller than a page. (Cells have 4 pt of padding: a one-line row is 20 pt tall, its baseline 13 pt
/// below the row's top, its text 4 pt in from the column's edge.)
/// </summary>
public sealed class TableElementTests
{
    private static readonly TableStyle Style = new(CellPadding: 4, Border: new Rgb(0, 0, 0), HeaderBackground: new Rgb(200, 200, 200), ZebraBackground: null);

    private static readonly ColumnWidth Half = new(ColumnWidthKind.Percent, 50);

    private static TableRowCells Row(bool header, params string[] cells) => new([.. cells.Select(c => Texts.Block(c))], header);

    private static TableRowCells[] Body(int rows) => [.. Enumerable.Range(1, rows).Select(i => Row(false, $"a{i}", $"b{i}"))];

    [Fact]
    public void Rows_that_do_not_fit_move_whole_to_the_next_page_under_the_repeated_header()
    {
        var table = new TableElement([Half, Half], [Row(true, "H1", "H2")], Body(3), Style);
        var layout = ElementHarness.For(table, 100, 70);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(100, 60), SpacePlan.Full(100, 40)], plans);
        Assert.Equal(
            [
                (1, "H1", 4.0, 13.0), (1, "H2", 54.0, 13.0), (1, "a1", 4.0, 33.0), (1, "b1", 54.0, 33.0), (1, "a2", 4.0, 53.0), (1, "b2", 54.0, 53.0),
                (2, "H1", 4.0, 13.0), (2, "H2", 54.0, 13.0), (2, "a3", 4.0, 33.0), (2, "b3", 54.0, 33.0),
            ],
            layout.Canvas.Drawn());
    }

    [Fact]
    public void The_caption_stands_above_the_first_part_and_the_continuation_line_above_the_others()
    {
        var table = new TableElement([Half, Half], [Row(true, "H1", "H2")], Body(3), Style, Texts.Block("T"), Texts.Block("T (continued)"));
        var layout = ElementHarness.For(table, 100, 80);

        var plans = layout.LayOut();

        // The title line is 12 tall with 3 below it: the header starts at 15.
        Assert.Equal([SpacePlan.Partial(100, 75), SpacePlan.Full(100, 55)], plans);
        Assert.Equal(
            [
                (1, "T", 0.0, 9.0), (1, "H1", 4.0, 28.0), (1, "H2", 54.0, 28.0),
                (1, "a1", 4.0, 48.0), (1, "b1", 54.0, 48.0), (1, "a2", 4.0, 68.0), (1, "b2", 54.0, 68.0),
                (2, "T (continued)", 0.0, 9.0), (2, "H1", 4.0, 28.0), (2, "H2", 54.0, 28.0), (2, "a3", 4.0, 48.0), (2, "b3", 54.0, 48.0),
            ],
            layout.Canvas.Drawn());
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_between_its_lines()
    {
        // Twenty four-letter words, two to a line in a 52 pt cell: ten lines, 128 pt with the padding.
        var words = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"w{i:000}"));
        var table = new TableElement([new ColumnWidth(ColumnWidthKind.Percent, 100)], [Row(true, "H")], [Row(false, words)], Style);
        var layout = ElementHarness.For(table, 60, 100);

        var plans = layout.LayOut();

        Assert.Equal([SpacePlan.Partial(60, 100), SpacePlan.Full(60, 76)], plans);
        var drawn = layout.Canvas.Drawn();
        Assert.Equal([(1, "H", 4.0, 13.0), (1, "w000 w001", 4.0, 33.0)], drawn.Take(2));
        Assert.Equal((1, "w010 w011", 4.0, 93.0), drawn[6]);
        Assert.Equal([(2, "H", 4.0, 13.0), (2, "w012 w013", 4.0, 33.0)], drawn.Skip(7).Take(2));
        Assert.Equal(12, drawn.Count);
    }

    [Fact]
    public void The_header_and_each_row_draw_a_rule_and_the_border_spans_the_part_drawn()
    {
        var table = new TableElement([Half, Half], [Row(true, "H1", "H2")], Body(2), Style);
        var layout = ElementHarness.For(table, 100, 100);

        layout.MeasureThenDraw();

        var rects = layout.Canvas.Rectangles.Select(r => (Math.Round(r.X, 3), Math.Round(r.Y, 3), Math.Round(r.Width, 3), Math.Round(r.Height, 3))).ToList();
        Assert.Contains((0.0, 0.0, 100.0, 20.0), rects);     // header background
        Assert.Contains((0.0, 19.7, 100.0, 0.6), rects);     // rule under the header
        Assert.Contains((0.0, 0.0, 0.6, 60.0), rects);       // left border, all three rows
        Assert.Contains((49.7, 0.0, 0.6, 60.0), rects);      // the rule between the columns
        Assert.Contains((0.0, 59.4, 100.0, 0.6), rects);     // bottom border
    }
}
