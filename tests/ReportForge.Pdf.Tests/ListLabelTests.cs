using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>A list number wider than its column never wraps; the text moves to the next tab stop, as in the .docx (issue 19).</summary>
public sealed class ListLabelTests
{
    private static readonly StyleSheet Sheet = new(Theme.Default);

    private static ListItem Item(string text) => new([Docs.Para(text)]);

    private static List<Canvas.RecordingCanvas.PlacedText> Drawn(params Block[] blocks) => LayoutHarness.Run(Docs.Document(blocks)).Words();

    [Theory]
    [InlineData(100, "100.", 36)]
    [InlineData(123456789, "123456789.", 72)]
    public void A_wide_number_stays_on_one_line_and_its_text_starts_at_the_next_default_stop(int start, string label, double textAt)
    {
        var words = Drawn(new ListBlock(true, start, [Item("first " + Docs.Words(40)), Item("second")]));
        var number = Assert.Single(words, w => w.Text == label);
        Assert.DoesNotContain(words, w => w.Text == ".");
        var first = Assert.Single(words, w => w.Text == "first");
        Assert.Equal((number.X + textAt, number.Baseline), (first.X, first.Baseline), new PointComparer());
        // The item's second line hangs at the indent, as before.
        var secondLine = words.Where(w => w.Baseline > first.Baseline + 1 && w.Baseline < first.Baseline + Sheet.Body.Pitch * 1.5).Min(w => w.X);
        Assert.Equal(number.X + Sheet.OrderedListIndent, secondLine, 3);
        Assert.True(PdfSharpMeasurer.Shared.Width(label, number.Face) > Sheet.OrderedListIndent);
    }

    [Fact]
    public void A_nested_list_counts_its_stops_from_the_text_edge_not_its_own()
    {
        var nested = new ListBlock(true, 100, [Item("nested")]);
        var words = Drawn(new ListBlock(true, 1, [new ListItem([Docs.Para("outer"), nested])]));
        var outer = Assert.Single(words, w => w.Text == "1.");
        var label = Assert.Single(words, w => w.Text == "vvvv.");
        Assert.Equal(outer.X + Sheet.OrderedListIndent, label.X, 3);
        Assert.Equal(outer.X + 2 * Sheet.DefaultTabStop, Assert.Single(words, w => w.Text == "nested").X, 3);
    }

    [Theory]
    [InlineData(1, 27, "aa.")] // Word's letters double after z
    [InlineData(1, 53, "aaa.")]
    [InlineData(2, 4, "iv.")]
    [InlineData(2, 1000, "m.")] // Roman numerals in full, as Word writes them
    [InlineData(2, 1994, "mcmxciv.")]
    public void Letters_and_roman_numerals_are_written_as_word_writes_them(int depth, int start, string label)
    {
        Block list = new ListBlock(true, start, [Item("x")]);
        for (var d = 0; d < depth; d++) list = new ListBlock(true, 1, [new ListItem([Docs.Para("p"), list])]);
        Assert.Contains(Drawn(list), w => w.Text == label);
    }

    private sealed class PointComparer : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) a, (double, double) b) => Math.Abs(a.Item1 - b.Item1) < 0.01 && Math.Abs(a.Item2 - b.Item2) < 0.01;
        public int GetHashCode((double, double) p) => 0;
    }
}
