using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>An ordered list's numbers sit right-aligned in a column as wide as its widest number needs; every item's text
/// starts at one x, as in the .docx (issue 19).</summary>
public sealed class ListLabelTests
{
    private static readonly StyleSheet Sheet = new(Theme.Default);

    private static ListItem Item(string text) => new([Docs.Para(text)]);

    private static List<Canvas.RecordingCanvas.PlacedText> Drawn(params Block[] blocks) => LayoutHarness.Run(Docs.Document(blocks)).Words();

    private static double Right(Canvas.RecordingCanvas.PlacedText word) => word.X + PdfSharpMeasurer.Shared.Width(word.Text, word.Face);

    [Fact]
    public void Numbers_end_at_one_x_and_every_item_s_text_starts_at_another()
    {
        var words = Drawn(new ListBlock(true, 8, [Item("eight"), Item("nine"), Item("ten"), Item("eleven " + Docs.Words(40))]));
        var labels = new[] { "8.", "9.", "10.", "11." }.Select(l => Assert.Single(words, w => w.Text == l)).ToList();
        var texts = new[] { "eight", "nine", "ten", "eleven" }.Select(t => Assert.Single(words, w => w.Text == t)).ToList();
        var edge = labels[2].X;
        Assert.All(labels, l => Assert.Equal(Right(labels[2]), Right(l), 2));
        Assert.All(texts, t => Assert.Equal(texts[0].X, t.X, 3));
        // The column grows by what "10." needs past the one-digit number the indent was made for.
        var face = labels[0].Face;
        var grown = Math.Ceiling(PdfSharpMeasurer.Shared.Width("10.", face) * 20) / 20 - Math.Ceiling(PdfSharpMeasurer.Shared.Width("0.", face) * 20) / 20;
        Assert.Equal(edge + Sheet.OrderedListIndent + grown, texts[0].X, tolerance: 0.06);
        // The item's second line hangs at its text.
        var second = words.Where(w => w.Baseline > texts[3].Baseline + 1).Min(w => w.X);
        Assert.Equal(texts[0].X, second, 3);
    }

    [Fact]
    public void A_list_of_up_to_nine_items_keeps_the_indent()
    {
        var words = Drawn(Docs.Para("before"), new ListBlock(true, 1, [Item("one"), Item("two")]));
        var label = Assert.Single(words, w => w.Text == "1.");
        var edge = Assert.Single(words, w => w.Text == "before").X;
        Assert.Equal(edge, label.X, tolerance: 0.05);
        Assert.Equal(edge + Sheet.OrderedListIndent, Assert.Single(words, w => w.Text == "one").X, 3);
        Assert.Equal(Right(label), Right(Assert.Single(words, w => w.Text == "2.")), 3);
    }

    [Theory]
    [InlineData(100, "100.")]
    [InlineData(123456789, "123456789.")]
    public void A_wide_number_stays_on_one_line_within_the_list(int start, string label)
    {
        var words = Drawn(Docs.Para("before"), new ListBlock(true, start, [Item("first " + Docs.Words(40)), Item("second")]));
        var number = Assert.Single(words, w => w.Text == label);
        Assert.DoesNotContain(words, w => w.Text == ".");
        Assert.Equal(Assert.Single(words, w => w.Text == "before").X, number.X, tolerance: 0.05);
        var first = Assert.Single(words, w => w.Text == "first");
        Assert.Equal(number.Baseline, first.Baseline, 3);
        Assert.True(first.X > Right(number) + 1);
    }

    [Fact]
    public void A_nested_list_has_its_own_column()
    {
        var nested = new ListBlock(true, 100, [Item("nested")]);
        var words = Drawn(new ListBlock(true, 1, [new ListItem([Docs.Para("outer"), nested])]));
        var outer = Assert.Single(words, w => w.Text == "outer");
        var label = Assert.Single(words, w => w.Text == "vvvv.");
        Assert.Equal(outer.X, label.X, tolerance: 0.05);
        Assert.True(Assert.Single(words, w => w.Text == "nested").X >= outer.X + Sheet.OrderedListIndent);
    }

    [Theory]
    [InlineData(1, 27, "aa.")] // Word's letters double after z
    [InlineData(1, 53, "aaa.")]
    [InlineData(1, 10000, "10000.")] // 385 letters would not fit the page: decimal, in the .docx too
    [InlineData(2, 4, "iv.")]
    [InlineData(2, 1000, "m.")] // Roman numerals in full, as Word writes them
    [InlineData(2, 1994, "mcmxciv.")]
    [InlineData(2, 10000, "10000.")]
    public void Letters_and_roman_numerals_are_written_as_word_writes_them(int depth, int start, string label)
    {
        Block list = new ListBlock(true, start, [Item("x")]);
        for (var d = 0; d < depth; d++) list = new ListBlock(true, 1, [new ListItem([Docs.Para("p"), list])]);
        Assert.Contains(Drawn(list), w => w.Text == label);
    }
}
