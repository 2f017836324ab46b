using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class TextLayoutTests
{
    private static readonly FontFace Body = new("Liberation Sans", false, false, 10);
    private static readonly Rgb Black = new(0, 0, 0);

    private static TextBlockElement Block(string text, TextAlignment alignment = TextAlignment.Left, double width = 200, double height = 1000, RecordingCanvas? canvas = null)
    {
        var block = new TextBlockElement([new TextSpan(text, Body, Black)], alignment, 1.2);
        block.Attach(new LayoutContext(canvas ?? new RecordingCanvas(), PdfSharpMeasurer.Shared, new Size(width, height)));
        return block;
    }

    [Fact]
    public void The_narrowest_a_paragraph_goes_is_its_longest_word_and_the_widest_is_one_line()
    {
        var measure = PdfSharpMeasurer.Shared;
        var (min, max) = Block("international negotiations").IntrinsicWidths();
        Assert.Equal(Math.Max(measure.Width("international", Body), measure.Width("negotiations", Body)), min, 6);
        Assert.Equal(measure.Width("international negotiations", Body), max, 6);

        // A hyphenated word breaks after its hyphen; a soft hyphen offers a break that shows "-".
        Assert.Equal(measure.Width("extraordinarily-", Body), Block("extraordinarily-so").IntrinsicWidths().Min, 6);
        Assert.Equal(measure.Width("Verhandlungs-", Body), Block("Verhandlungs\u00ADteil").IntrinsicWidths().Min, 6);
    }

    [Fact]
    public void An_auto_column_is_not_made_narrower_than_its_longest_word_while_the_table_has_room_for_it()
    {
        var word = "Verhandlungspartnerschaft";
        TableRowCells Row(string a, string b) => new([Block(a), Block(b)], IsHeader: false);
        // Column 0 wants a long line; column 1 holds one long word. Together they want more than the table's width.
        var rows = new[] { Row(Docs.Words(40), word), Row("short", "x") };
        var widths = TableColumnSizer.Size([ColumnWidth.Auto, ColumnWidth.Auto], rows, 300, padding: 4);
        Assert.Equal(300, widths.Sum(), 6);
        Assert.True(widths[1] >= PdfSharpMeasurer.Shared.Width(word, Body) + 8, $"column 1 is {widths[1]:0.0} wide");
        Assert.Single(rows[0].Cells[1].Lines(widths[1] - 8));
    }

    [Fact]
    public void Lines_never_exceed_the_width_and_keep_every_word_in_order()
    {
        var text = Docs.Words(80);
        var block = Block(text);
        var lines = block.Lines(200);
        Assert.True(lines.Count > 3);
        Assert.All(lines, l => Assert.True(l.Width <= 200.01, $"line width {l.Width}"));
        var rebuilt = string.Join(" ", lines.Select(l => string.Concat(l.Fragments.Select(f => f.Text)).Trim()));
        Assert.Equal(text, rebuilt);
    }

    [Fact]
    public void A_word_longer_than_the_line_breaks_inside()
    {
        var word = new string('W', 60);
        var block = Block(word);
        var lines = block.Lines(100);
        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.True(l.Width <= 100.01));
        Assert.Equal(word, string.Concat(lines.SelectMany(l => l.Fragments).Select(f => f.Text)));
    }

    [Fact]
    public void Justified_lines_reach_the_right_edge_except_the_last()
    {
        var canvas = new RecordingCanvas();
        canvas.BeginPage(595, 842, 1);
        canvas.BeginStructure(StructureKind.Paragraph);
        var block = Block(Docs.Words(60), TextAlignment.Justify, canvas: canvas);
        Assert.Equal(SpacePlanKind.Full, block.Measure(new Size(200, 1000)).Kind);
        block.Draw(new Size(200, 1000));
        var byLine = canvas.Texts.GroupBy(t => t.Baseline).OrderBy(g => g.Key).ToList();
        foreach (var line in byLine.SkipLast(1))
        {
            var last = line.OrderBy(t => t.X).Last();
            // A loose line puts part of its slack between letters: the spacing after each glyph counts.
            var right = last.X + PdfSharpMeasurer.Shared.Width(last.Text, Body) + last.LetterSpacing * last.Text.Length;
            Assert.Equal(200, right, 1);
        }
    }

    [Fact]
    public void A_split_paragraph_leaves_at_least_two_lines_on_each_page()
    {
        var block = Block(Docs.Words(120));
        var lines = block.Lines(200);
        var lineHeight = lines[0].Height;
        // Room for all but one line: a widow would be left, so two lines move.
        var plan = block.Measure(new Size(200, lineHeight * (lines.Count - 1) + 0.5));
        Assert.Equal(SpacePlanKind.Partial, plan.Kind);
        Assert.Equal(lineHeight * (lines.Count - 2), plan.Height, 3);
        // Room for one line only: an orphan, so nothing is placed.
        Assert.Equal(SpacePlanKind.Wrap, block.Measure(new Size(200, lineHeight * 1.5)).Kind);
    }

    [Fact]
    public void Forced_line_breaks_end_lines()
    {
        var block = new TextBlockElement([new TextSpan("one", Body, Black), new TextSpan("\n", Body, Black), new TextSpan("two", Body, Black)], TextAlignment.Left, 1.2);
        block.Attach(new LayoutContext(new RecordingCanvas(), PdfSharpMeasurer.Shared, new Size(500, 500)));
        var lines = block.Lines(500);
        Assert.Equal(2, lines.Count);
        Assert.Equal("one", lines[0].Fragments.Single().Text);
        Assert.Equal("two", lines[1].Fragments.Single().Text);
    }
}
