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
    private static readonly TableStyle Style = new(CellPadding: 4, Border: new Rgb(0, 0, 0), HeaderBackground: new Rgb(200, 200, 200), ZebraBackground: null, BorderWidth: 1);

    private static readonly ColumnWidth Half = new(ColumnWidthKind.Percent, 50);

    private static TableRowCells Row(bool header, params string[] cells) => new([.. cells.Select(c => Texts.Block(c))], header);

    private static TableRowCells[] Body(int rows) => [.. Enumerable.Range(1, rows).Select(i => Row(false, $"a{i}", $"b{i}"))];

    [Fact]
    public void Rows_that_do_not_fit_move_whole_to_the_next_page_under_the_repeated_header()
    {
        var table = new TableElement([Half, Half], [Row(true, "H1", "H2")], Body(3), Style);
        var layout = ElementHarness.For(table, 100, 70);

        var plans = layout.LayOut();

        // Each row is its 12 pt line, the padding and the rule: 4 + 0.5 above, 4 + 0.5 below.
        Assert.Equal([SpacePlan.Partial(100, 63), SpacePlan.Full(100, 42)], plans);
        Assert.Equal(
            [
                (1, "H1", 4.0, 13.5), (1, "H2", 54.0, 13.5), (1, "a1", 4.0, 34.5), (1, "b1", 54.0, 34.5), (1, "a2", 4.0, 55.5), (1, "b2", 54.0, 55.5),
                (2, "H1", 4.0, 13.5), (2, "H2", 54.0, 13.5), (2, "a3", 4.0, 34.5), (2, "b3", 54.0, 34.5),
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
        Assert.Equal([SpacePlan.Partial(100, 78), SpacePlan.Full(100, 57)], plans);
        Assert.Equal(
            [
                (1, "T", 0.0, 9.0), (1, "H1", 4.0, 28.5), (1, "H2", 54.0, 28.5),
                (1, "a1", 4.0, 49.5), (1, "b1", 54.0, 49.5), (1, "a2", 4.0, 70.5), (1, "b2", 54.0, 70.5),
                (2, "T (continued)", 0.0, 9.0), (2, "H1", 4.0, 28.5), (2, "H2", 54.0, 28.5), (2, "a3", 4.0, 49.5), (2, "b3", 54.0, 49.5),
            ],
            layout.Canvas.Drawn());
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_between_its_lines()
    {
        // Twenty four-letter words, two to a line in a 52 pt cell: ten lines, 129 pt with the padding and rule.
        var words = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"w{i:000}"));
        var table = new TableElement([new ColumnWidth(ColumnWidthKind.Percent, 100)], [Row(true, "H")], [Row(false, words)], Style);
        var layout = ElementHarness.For(table, 60, 100);

        var plans = layout.LayOut();

        // Under the 21 pt header, 79 pt leave room for five of the row's lines with its 9 pt of padding and rule.
        Assert.Equal([SpacePlan.Partial(60, 90), SpacePlan.Full(60, 90)], plans);
        var drawn = layout.Canvas.Drawn();
        Assert.Equal([(1, "H", 4.0, 13.5), (1, "w000 w001", 4.0, 34.5)], drawn.Take(2));
        Assert.Equal((1, "w008 w009", 4.0, 82.5), drawn[5]);
        Assert.Equal([(2, "H", 4.0, 13.5), (2, "w010 w011", 4.0, 34.5)], drawn.Skip(6).Take(2));
        Assert.Equal(12, drawn.Count);
    }

    [Fact]
    public void The_header_and_each_row_draw_a_rule_and_the_border_spans_the_part_drawn()
    {
        var table = new TableElement([Half, Half], [Row(true, "H1", "H2")], Body(2), Style);
        var layout = ElementHarness.For(table, 100, 100);

        layout.MeasureThenDraw();

        var rects = layout.Canvas.Rectangles.Select(r => (Math.Round(r.X, 3), Math.Round(r.Y, 3), Math.Round(r.Width, 3), Math.Round(r.Height, 3))).ToList();
        Assert.Contains((0.0, 0.0, 100.0, 21.0), rects);     // header background
        Assert.Contains((0.0, 20.5, 100.0, 1.0), rects);     // rule under the header
        Assert.Contains((0.0, 0.0, 1.0, 63.0), rects);       // left border, all three rows
        Assert.Contains((49.5, 0.0, 1.0, 63.0), rects);      // the rule between the columns
        Assert.Contains((0.0, 62.0, 100.0, 1.0), rects);     // bottom border
    }
}
